// The machine-readable annual report (政府信息公开工作年度报告).
// Key names follow ../shared/spec/annual-report.schema.json: they are a contract.

/** A count cell: null = blank, unreadable or ambiguous in the source (a diagnostic says which). */
export type Count = number | null;

export type ApplicantColumn =
  | 'naturalPerson'
  | 'business'
  | 'research'
  | 'publicInterest'
  | 'legalService'
  | 'other'
  | 'total';

export const APPLICANT_COLUMNS: readonly ApplicantColumn[] = [
  'naturalPerson',
  'business',
  'research',
  'publicInterest',
  'legalService',
  'other',
  'total',
];

/** The six applicant columns that add up to `total` (R3). */
export const APPLICANT_DETAIL_COLUMNS: readonly ApplicantColumn[] = APPLICANT_COLUMNS.slice(0, 6);

export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, string> = {
  naturalPerson: '自然人',
  business: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他',
  total: '总计',
};

export type ApplicationRow = Record<ApplicantColumn, Count>;

export interface Applications {
  received: ApplicationRow;
  carriedOver: ApplicationRow;
  granted: ApplicationRow;
  partiallyGranted: ApplicationRow;
  withheld: {
    stateSecret: ApplicationRow;
    prohibitedByLaw: ApplicationRow;
    endangersSecurity: ApplicationRow;
    thirdPartyRights: ApplicationRow;
    internalAffairs: ApplicationRow;
    processInformation: ApplicationRow;
    enforcementFiles: ApplicationRow;
    administrativeQuery: ApplicationRow;
  };
  unableToProvide: {
    notHeld: ApplicationRow;
    needsCreation: ApplicationRow;
    unclearAfterCorrection: ApplicationRow;
  };
  notProcessed: {
    petition: ApplicationRow;
    repeated: ApplicationRow;
    publication: ApplicationRow;
    excessive: ApplicationRow;
    confirmation: ApplicationRow;
  };
  /** 2021 template: noCorrection, feeUnpaid, other. 2019 template: all. */
  otherHandling:
    | { noCorrection: ApplicationRow; feeUnpaid: ApplicationRow; other: ApplicationRow }
    | { all: ApplicationRow };
  handledTotal: ApplicationRow;
  carriedForward: ApplicationRow;
}

export interface Outcome {
  upheld: Count;
  corrected: Count;
  other: Count;
  pending: Count;
  total: Count;
}

export const OUTCOME_KEYS: readonly (keyof Outcome)[] = ['upheld', 'corrected', 'other', 'pending', 'total'];

export interface DocumentCounts2021 {
  issued: Count;
  abolished: Count;
  inForce: Count;
}

export interface Proactive2021 {
  regulations: DocumentCounts2021;
  normativeDocuments: DocumentCounts2021;
  licensing: Count;
  penalty: Count;
  coercion: Count;
  /** 本年收费金额（单位：万元）, a decimal. */
  feesWanYuan: number | null;
}

export interface DocumentCounts2019 {
  newlyMade: Count;
  newlyPublished: Count;
  totalPublished: Count;
}

export interface ItemCounts2019 {
  previousYearItems: Count;
  /** 本年增/减: may be negative. */
  change: number | null;
  decisions: Count;
}

export interface Proactive2019 {
  regulations: DocumentCounts2019;
  normativeDocuments: DocumentCounts2019;
  licensing: ItemCounts2019;
  otherServices: ItemCounts2019;
  penalty: ItemCounts2019;
  coercion: ItemCounts2019;
  fees: { previousYearItems?: Count; change?: number | null };
  procurement: { items?: Count; totalAmount?: string | null };
}

export type TemplateYear = '2019' | '2021';

export interface AnnualReport {
  schemaVersion: 1;
  template: TemplateYear;
  agency: string | null;
  /** The year reported on (not the publication year). */
  year: number | null;
  publishedOn?: string | null;
  /** Narrative text by key: overview, problems, other, and extra sections under their own keys. */
  sections: Record<string, string>;
  proactive: Proactive2021 | Proactive2019;
  applications: Applications;
  reconsideration: Outcome;
  litigationDirect: Outcome;
  litigationAfterReconsideration: Outcome;
}

export type Severity = 'error' | 'warning';

export type DiagnosticRule =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'C1'
  | 'C2'
  | 'C3'
  | 'C4'
  | 'C5'
  | 'C6'
  | 'C7'
  | 'BLANK'
  | 'AMBIGUOUS'
  | 'UNREADABLE'
  | 'NOT_FOUND'
  | 'FORCED'
  /** Run-together digits settled by evidence other than R1–R5 (e.g. figures stated in the narrative). */
  | 'INFERRED';

export interface Diagnostic {
  severity: Severity;
  rule: DiagnosticRule;
  /** Dotted JSON paths, e.g. applications.handledTotal.naturalPerson. */
  cells: string[];
  /** For people, in Chinese, naming the cell as printed (e.g. “三、（七）总计 / 自然人”). */
  message: string;
  expected?: unknown;
  actual?: unknown;
  candidates?: unknown[];
}

/** The 25 data rows of table 三 in printed order, as dotted keys under `applications` (2021 template). */
export const TABLE3_ROWS_2021: readonly string[] = [
  'received',
  'carriedOver',
  'granted',
  'partiallyGranted',
  'withheld.stateSecret',
  'withheld.prohibitedByLaw',
  'withheld.endangersSecurity',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInformation',
  'withheld.enforcementFiles',
  'withheld.administrativeQuery',
  'unableToProvide.notHeld',
  'unableToProvide.needsCreation',
  'unableToProvide.unclearAfterCorrection',
  'notProcessed.petition',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'otherHandling.noCorrection',
  'otherHandling.feeUnpaid',
  'otherHandling.other',
  'handledTotal',
  'carriedForward',
];

/** The same for the 2019 template, where （六）其他处理 is a single row. */
export const TABLE3_ROWS_2019: readonly string[] = [
  ...TABLE3_ROWS_2021.slice(0, 20),
  'otherHandling.all',
  'handledTotal',
  'carriedForward',
];

/** The result rows whose sum is （七）总计 (R2). */
export function resultRows(template: TemplateYear): readonly string[] {
  const rows = template === '2019' ? TABLE3_ROWS_2019 : TABLE3_ROWS_2021;
  return rows.slice(2, rows.length - 2);
}

export function emptyRow(): ApplicationRow {
  return {
    naturalPerson: null,
    business: null,
    research: null,
    publicInterest: null,
    legalService: null,
    other: null,
    total: null,
  };
}

export function emptyOutcome(): Outcome {
  return { upheld: null, corrected: null, other: null, pending: null, total: null };
}
