// What a letter to an applicant (or a consulted third party) needs, as plain data. The
// service fills it from the case; letter-text.ts turns it into paragraphs. No ID numbers,
// phones or addresses of the applicant: a letter names the applicant and nothing more.
import type { FeeBasis } from '../rules/fees.ts';
import type { OutcomeKey } from '../rules/outcomes.ts';
import type { DeliveryMethod } from '../rules/timeline.ts';

export type LetterKind = 'reply' | 'correction' | 'extension' | 'fee' | 'consultation';

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  reply: '政府信息公开申请答复书',
  correction: '政府信息公开申请补正告知书',
  extension: '政府信息公开申请延期答复告知书',
  fee: '政府信息公开信息处理费收费通知书',
  consultation: '政府信息公开征求第三方意见函',
};

export interface LetterOrg {
  name: string;
  /** 政府信息公开工作机构, e.g. 办公室. */
  disclosureOffice?: string;
  address?: string;
  postalCode?: string;
  phone?: string;
  /** Printed under the org name where the seal goes, e.g. 扶沟县工业和信息化局政府信息公开专用章. */
  sealText?: string;
  /** The county or city the org belongs to, e.g. 扶沟县: gives the default remedy bodies. */
  locality?: string;
  /** Where 行政复议 goes; default `${locality}人民政府`. */
  reconsiderationBody?: string;
  /** Where 行政诉讼 goes; default `${locality}人民法院`. */
  court?: string;
}

export type ApplicantKind = 'person' | 'organization';

export interface LetterCase {
  /** e.g. 扶工信依申〔2026〕12号. */
  caseNumber: string;
  /** 'YYYY-MM-DD'. */
  receivedOn: string;
  applicantName: string;
  /** A citizen is addressed 您, a legal person or other organisation 你单位. */
  applicantKind: ApplicantKind;
  /** What was asked for, in the applicant's words (shortened if long). */
  request: string;
}

export type InformationForm = 'paper' | 'electronic' | 'inspection';

export const INFORMATION_FORM_LABELS: Record<InformationForm, string> = {
  paper: '纸质',
  electronic: '电子',
  inspection: '查阅',
};

/** How the applicant gets the information (granted, partially granted, published material). */
export interface InformationAccess {
  form: InformationForm;
  delivery: DeliveryMethod;
  /** Address to collect or inspect at, e-mail address, or web address, as the delivery needs. */
  where?: string;
  /** By when to collect or inspect ('YYYY-MM-DD'). */
  until?: string;
  /** The documents provided, listed in the letter. */
  items?: string[];
}

export interface WithheldPart {
  /** What was withheld, e.g. 第三页中的个人身份信息. */
  part: string;
  reason: string;
  /** The withholding ground; its articles are cited for this part. */
  ground?: Extract<OutcomeKey, `withheld.${string}`>;
}

/** Earlier steps of the case that some decisions refer to. */
export interface CaseHistory {
  correctionRequestedOn?: string;
  correctBy?: string;
  feeNotifiedOn?: string;
  payBy?: string;
  withdrawnOn?: string;
  previousReply?: { on: string; documentNumber?: string };
}

export interface ReplyDecision {
  outcome: OutcomeKey;
  /** Replaces the citation built from outcomes.ts, e.g. when an org cites more articles. */
  legalBasis?: string;
  /** Replaces the standard reason sentence of the decision (or adds a paragraph where there is none). */
  reasons?: string;
  /** Partial disclosure: what was withheld and why. */
  withheld?: WithheldPart[];
  access?: InformationAccess;
  /** Granted because already published (Art. 36(一)): where it is published. */
  publishedAt?: string;
  /** Not held because another agency is responsible (Art. 36(五)). */
  responsibleAgency?: { name: string; contact?: string };
  /** Petition-type requests: the channel to use instead, e.g. 扶沟县信访局. */
  otherChannel?: string;
  history?: CaseHistory;
}

export type LetterDetails =
  | { kind: 'reply'; decision: ReplyDecision }
  | { kind: 'correction'; items: string[]; correctBy: string }
  | { kind: 'extension'; workingDays: number; newDueOn: string; reason: string }
  | {
      kind: 'fee';
      basis: FeeBasis;
      /** In 元. */
      amount: number;
      payBy: string;
      /** Account, payee, reference to quote: as the org states it. */
      howToPay: string;
      /** How the amount was computed (FeeQuote.explanation). */
      detail?: string;
      /** The org setting: whether the answer period stops until payment (default true). */
      isClockStopped?: boolean;
    }
  | {
      kind: 'consultation';
      /** The consulted third party (addressee). */
      thirdParty: string;
      /** What the information is, as far as the third party needs to know. */
      informationSummary?: string;
      /** The 15th working day after the letter, if the service computed it. */
      replyBy?: string;
    };

export interface LetterData {
  org: LetterOrg;
  case: LetterCase;
  details: LetterDetails;
  /** Date of the letter, 'YYYY-MM-DD'. */
  date: string;
  /** The letter's own number; defaults to the case number. */
  documentNumber?: string;
  /** Replaces the standard remedies paragraph. */
  remedies?: string;
  /** Signature date 二〇二六年一月五日 (default) or 2026年1月5日 (GB/T 9704-2012). */
  dateStyle?: 'chinese' | 'arabic';
}

/** The letter as printed: what the renderers take. Staff may edit `paragraphs` before approval. */
export interface LetterDocument {
  kind: LetterKind;
  /** Centred title lines, e.g. [org name, 政府信息公开申请答复书]. */
  titleLines: string[];
  documentNumber: string;
  /** 张三： */
  addressee: string;
  paragraphs: string[];
  signature: { orgName: string; sealText?: string; date: string };
  /** 附注 under the date: contact of the disclosure office. */
  note?: string;
}
