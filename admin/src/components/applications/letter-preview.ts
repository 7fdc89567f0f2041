// The reply letter's text, composed in the browser by the same pure code the server's DOCX/PDF
// writers use (letters/letter-text.ts), from the reply-letter data of the API.
import type {
  InformationAccess,
  LetterData,
  LetterDocument,
} from '../../../../src/features/applications/letters/letter-data.ts';
import { composeLetter } from '../../../../src/features/applications/letters/letter-text.ts';
import { isOutcomeKey } from '../../../../src/features/applications/rules/outcomes.ts';
import type { DeliveryMethod } from '../../../../src/features/applications/rules/timeline.ts';
import type { CaseDetail, ReplyLetter } from './types.ts';

const FORMS = new Set(['paper', 'electronic', 'inspection']);
const DELIVERIES = new Set(['post', 'email', 'collect', 'online']);

function access(detail: CaseDetail): InformationAccess | undefined {
  const { formWanted, delivery } = detail.request;
  if (!FORMS.has(formWanted) || !DELIVERIES.has(delivery)) return undefined;
  return { form: formWanted as InformationAccess['form'], delivery: delivery as DeliveryMethod };
}

export function toLetterData(letter: ReplyLetter, detail: CaseDetail): LetterData | null {
  const { decision } = letter;
  if (!isOutcomeKey(decision.outcome)) return null;
  const gives = decision.outcome === 'granted' || decision.outcome === 'partiallyGranted';
  const optional = (value: string | null) => value ?? undefined;
  return {
    org: {
      name: letter.org.name,
      disclosureOffice: optional(letter.org.disclosureOffice),
      address: optional(letter.org.address),
      postalCode: optional(letter.org.postalCode),
      phone: optional(letter.org.phone),
      reconsiderationBody: letter.remedies.reconsiderationBody,
    },
    case: {
      caseNumber: letter.caseNumber,
      receivedOn: letter.receivedOn,
      applicantName: letter.applicant.name,
      applicantKind: detail.applicant.type === 'naturalPerson' ? 'person' : 'organization',
      request: letter.description,
    },
    details: {
      kind: 'reply',
      decision: {
        outcome: decision.outcome,
        legalBasis: optional(decision.legalBasis),
        reasons: optional(decision.reasons),
        withheld: decision.withheld.map((row) => ({ part: row.item, reason: row.reason })),
        access: gives ? access(detail) : undefined,
      },
    },
    date: letter.letterDate,
    remedies: letter.remedies.text,
  };
}

/** The letter as it would print, or the reason it cannot be composed yet. */
export function composeReplyPreview(letter: ReplyLetter, detail: CaseDetail): LetterDocument | string {
  const data = toLetterData(letter, detail);
  if (!data) return `未知的处理结果「${letter.decision.outcome}」`;
  try {
    return composeLetter(data);
  } catch (error) {
    return error instanceof Error ? error.message : '无法生成答复书预览';
  }
}
