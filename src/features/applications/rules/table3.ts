// Report table 三 (`applications` of the report schema) computed from the cases of one org.
// R1–R3 hold by construction: every case open during the year is counted once on each side.
import {
  APPLICANT_DETAIL_COLUMNS,
  type ApplicantColumn,
  type ApplicationRow,
  type Applications,
  type TemplateYear,
} from '../../annual-reports/report.ts';
import type { OutcomeKey } from './outcomes.ts';

export type ApplicantType = Exclude<ApplicantColumn, 'total'>;

/** What table 三 needs of a case: `closedOn` is the reply or closing date, with its outcome. */
export interface CaseSummary {
  applicantType: ApplicantType;
  receivedOn: string;
  closedOn: string | null;
  outcome: OutcomeKey | null;
}

function zeroRow(): ApplicationRow {
  return { naturalPerson: 0, business: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 0 };
}

function bump(row: ApplicationRow, column: ApplicantType): void {
  row[column] = (row[column] ?? 0) + 1;
  row.total = (row.total ?? 0) + 1;
}

function emptyApplications(): Applications {
  return {
    received: zeroRow(),
    carriedOver: zeroRow(),
    granted: zeroRow(),
    partiallyGranted: zeroRow(),
    withheld: {
      stateSecret: zeroRow(),
      prohibitedByLaw: zeroRow(),
      endangersSecurity: zeroRow(),
      thirdPartyRights: zeroRow(),
      internalAffairs: zeroRow(),
      processInformation: zeroRow(),
      enforcementFiles: zeroRow(),
      administrativeQuery: zeroRow(),
    },
    unableToProvide: { notHeld: zeroRow(), needsCreation: zeroRow(), unclearAfterCorrection: zeroRow() },
    notProcessed: {
      petition: zeroRow(),
      repeated: zeroRow(),
      publication: zeroRow(),
      excessive: zeroRow(),
      confirmation: zeroRow(),
    },
    otherHandling: { noCorrection: zeroRow(), feeUnpaid: zeroRow(), other: zeroRow() },
    handledTotal: zeroRow(),
    carriedForward: zeroRow(),
  };
}

/** The row object for a dotted key such as 'withheld.stateSecret'. */
export function rowAt(applications: Applications, key: string): ApplicationRow {
  let node: unknown = applications;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (!node || typeof node !== 'object') throw new RangeError(`表三没有「${key}」这一行`);
  return node as ApplicationRow;
}

function checkSummary(summary: CaseSummary, index: number): void {
  const where = `第 ${index + 1} 件申请`;
  if (summary.closedOn !== null && summary.outcome === null) throw new RangeError(`${where}已办结但没有办理结果`);
  if (summary.closedOn !== null && summary.closedOn < summary.receivedOn) {
    throw new RangeError(`${where}的办结日期 ${summary.closedOn} 早于收到日期 ${summary.receivedOn}`);
  }
}

export function computeTable3(
  cases: readonly CaseSummary[],
  year: number,
  template: TemplateYear = '2021',
): Applications {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const table = emptyApplications();
  cases.forEach((summary, index) => {
    checkSummary(summary, index);
    const { applicantType: column, receivedOn, closedOn, outcome } = summary;
    if (receivedOn > last || (closedOn !== null && closedOn < first)) return;
    bump(receivedOn < first ? table.carriedOver : table.received, column);
    if (closedOn !== null && closedOn <= last && outcome) {
      bump(rowAt(table, outcome), column);
      bump(table.handledTotal, column);
    } else bump(table.carriedForward, column);
  });
  if (template === '2021') return table;
  // The 2019 template has a single （六） row.
  const all = zeroRow();
  const other = table.otherHandling as {
    noCorrection: ApplicationRow;
    feeUnpaid: ApplicationRow;
    other: ApplicationRow;
  };
  for (const row of [other.noCorrection, other.feeUnpaid, other.other]) {
    for (const column of [...APPLICANT_DETAIL_COLUMNS, 'total' as const])
      all[column] = (all[column] ?? 0) + (row[column] ?? 0);
  }
  return { ...table, otherHandling: { all } };
}
