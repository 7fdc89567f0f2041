// Builds a letter's printed form from its data: title, number, addressee, paragraphs,
// signature. Each kind has standard wording; an org's template (letter-template.ts) may
// replace it. Pure: no clock, no database.
import { arabicDate, chineseDate } from '../../documents/chinese-date.ts';
import { FEE_BASIS_LABELS } from '../rules/fees.ts';
import { outcomeType } from '../rules/outcomes.ts';
import { accessParagraph } from './access-text.ts';
import { checkLetterData } from './letter-checks.ts';
import { LETTER_KIND_LABELS, type LetterData, type LetterDocument } from './letter-data.ts';
import { type ActNoun, addressAs, bodyDate, contactNote, numberedInline, remediesParagraph } from './letter-phrases.ts';
import { fillTemplate, type LetterTemplates, type PlaceholderValues, pickTemplate } from './letter-template.ts';
import {
  consultationParagraphs,
  correctionParagraphs,
  extensionParagraphs,
  FEE_CLOCK_NOTE,
  feeParagraphs,
  formatYuan,
} from './notice-text.ts';
import { decisionParagraphs, replyBasis, replyTitle } from './reply-text.ts';

export interface ComposeOptions {
  /** The org's templates; without one for this letter, the standard wording is used. */
  templates?: LetterTemplates;
}

function title(data: LetterData): string {
  const { details } = data;
  return details.kind === 'reply' ? replyTitle(details.decision.outcome) : LETTER_KIND_LABELS[details.kind];
}

function closing(data: LetterData): string {
  const { details } = data;
  if (details.kind === 'reply') return title(data).endsWith('告知书') ? '特此告知。' : '特此答复。';
  return { correction: '特此告知。', extension: '特此告知。', fee: '特此通知。', consultation: '特此函告。' }[
    details.kind
  ];
}

/** The act the remedies paragraph names; a consultation letter decides nothing and has none. */
function actNoun(data: LetterData): ActNoun | undefined {
  return { reply: '答复', correction: '告知', extension: '告知', fee: '通知', consultation: undefined }[
    data.details.kind
  ] as ActNoun | undefined;
}

function opening(data: LetterData, you: string): string {
  const received = `本机关于${bodyDate(data.case.receivedOn)}收到${you}提出的政府信息公开申请，${you}申请获取“${data.case.request.trim()}”。`;
  return data.details.kind === 'reply' ? `${received}现答复如下：` : received;
}

function kindParagraphs(data: LetterData, you: string): string[] {
  const { details } = data;
  switch (details.kind) {
    case 'reply':
      return decisionParagraphs(details.decision, you);
    case 'correction':
      return correctionParagraphs(details, you);
    case 'extension':
      return extensionParagraphs(details, you);
    case 'fee':
      return feeParagraphs(details, you);
    case 'consultation':
      return consultationParagraphs(details, data);
  }
}

function remedies(data: LetterData): string {
  const noun = actNoun(data);
  if (!noun) return '';
  return data.remedies?.trim() || remediesParagraph(data.org, noun);
}

/** The standard paragraphs: opening, the kind's own, remedies, closing. */
function standardParagraphs(data: LetterData, you: string): string[] {
  const head = data.details.kind === 'consultation' ? [] : [opening(data, you)];
  return [...head, ...kindParagraphs(data, you), remedies(data), closing(data)].filter(Boolean);
}

/** The value of every placeholder that applies to this letter. */
export function placeholderValues(data: LetterData): PlaceholderValues {
  const you = addressAs(data.case.applicantKind);
  const { org, details } = data;
  const values: PlaceholderValues = {
    caseNumber: data.case.caseNumber,
    documentNumber: data.documentNumber ?? data.case.caseNumber,
    receivedDate: bodyDate(data.case.receivedOn),
    request: data.case.request.trim(),
    orgName: org.name,
    office: org.disclosureOffice ?? '',
    address: org.address ?? '',
    phone: org.phone ?? '',
    date: signatureDate(data),
    closing: closing(data),
    standardBody: standardParagraphs(data, you).join('\n'),
  };
  if (details.kind !== 'consultation') {
    Object.assign(values, {
      applicant: data.case.applicantName,
      you,
      opening: opening(data, you),
      remedies: remedies(data),
    });
  }
  switch (details.kind) {
    case 'reply': {
      const { decision } = details;
      const withheld = (decision.withheld ?? []).map((w) => `${w.part}：${w.reason}`);
      return Object.assign(values, {
        outcome: outcomeType(decision.outcome).label,
        decision: decisionParagraphs({ ...decision, access: undefined }, you).join('\n'),
        basis: replyBasis(decision),
        reasons: decision.reasons?.trim() ?? '',
        withheld: withheld.length > 0 ? numberedInline(withheld) : '',
        access: decision.access ? accessParagraph(decision.access, you) : '',
      });
    }
    case 'correction':
      return Object.assign(values, { items: numberedInline(details.items), correctBy: bodyDate(details.correctBy) });
    case 'extension':
      return Object.assign(values, {
        workingDays: String(details.workingDays),
        newDueDate: bodyDate(details.newDueOn),
        extensionReason: details.reason.trim().replace(/[。；]+$/u, ''),
      });
    case 'fee':
      return Object.assign(values, {
        feeBasis: FEE_BASIS_LABELS[details.basis],
        feeAmount: formatYuan(details.amount),
        feeDetail: details.detail?.trim() ?? '',
        payBy: bodyDate(details.payBy),
        howToPay: details.howToPay.trim().replace(/[。；]+$/u, ''),
        feeClockNote: (details.isClockStopped ?? true) ? FEE_CLOCK_NOTE(you) : '',
      });
    case 'consultation':
      return Object.assign(values, {
        thirdParty: details.thirdParty.trim(),
        replyBy: details.replyBy ? bodyDate(details.replyBy) : '',
      });
  }
}

function signatureDate(data: LetterData): string {
  return data.dateStyle === 'arabic' ? arabicDate(data.date) : chineseDate(data.date);
}

/** The letter as it will print, from the org's template for it if there is one. */
export function composeLetter(data: LetterData, options: ComposeOptions = {}): LetterDocument {
  checkLetterData(data);
  const { details } = data;
  const you = addressAs(data.case.applicantKind);
  const outcome = details.kind === 'reply' ? details.decision.outcome : undefined;
  const template = pickTemplate(options.templates, details.kind, outcome);
  const filled = template ? fillTemplate(template, details.kind, placeholderValues(data)) : undefined;
  const addressee = details.kind === 'consultation' ? details.thirdParty.trim() : data.case.applicantName.trim();
  const letter: LetterDocument = {
    kind: details.kind,
    titleLines: [data.org.name, filled?.title ?? title(data)],
    documentNumber: data.documentNumber ?? data.case.caseNumber,
    addressee: `${addressee}：`,
    paragraphs: filled?.paragraphs ?? standardParagraphs(data, you),
    signature: { orgName: data.org.name, date: signatureDate(data) },
  };
  if (data.org.sealText?.trim()) letter.signature.sealText = data.org.sealText.trim();
  const note = contactNote(data.org);
  if (note) letter.note = note;
  return letter;
}
