// A small, valid 2021-template report with non-trivial figures (those of the 平潭 2022
// report), for tests that change one thing and expect one diagnostic.
import { setCell } from '../check/cell-paths.ts';
import { emptyReport } from '../read/empty-report.ts';
import { type AnnualReport, APPLICANT_COLUMNS } from '../report.ts';

const ROWS: Record<string, number[]> = {
  // 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
  received: [71, 3, 0, 0, 0, 0, 74],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  granted: [21, 0, 0, 0, 0, 0, 21],
  partiallyGranted: [8, 1, 0, 0, 0, 0, 9],
  'withheld.internalAffairs': [1, 0, 0, 0, 0, 0, 1],
  'withheld.processInformation': [2, 0, 0, 0, 0, 0, 2],
  'withheld.enforcementFiles': [1, 0, 0, 0, 0, 0, 1],
  'unableToProvide.notHeld': [37, 0, 0, 0, 0, 0, 37],
  'otherHandling.noCorrection': [2, 0, 0, 0, 0, 0, 2],
  'otherHandling.other': [0, 2, 0, 0, 0, 0, 2],
  handledTotal: [72, 3, 0, 0, 0, 0, 75],
};

export function sampleReport(): AnnualReport {
  const report = emptyReport('2021');
  report.agency = '某县自然资源局';
  report.year = 2022;
  report.publishedOn = '2023-01-20';
  report.sections = {
    overview:
      '2022年，本局认真落实《条例》，全年收到政府信息公开申请74件，办结75件，予以公开21件。政务公开纳入工作考核，主动接受社会评议，未发生责任追究情况。',
    problems: '存在的主要问题是政策解读形式单一。改进情况：丰富解读形式。',
    other: '本年度未收取信息处理费。',
  };
  report.proactive = {
    regulations: { issued: 0, abolished: 0, inForce: 0 },
    normativeDocuments: { issued: 88, abolished: 55, inForce: 698 },
    licensing: 10690,
    penalty: 2113,
    coercion: 0,
    feesWanYuan: 9116.36,
  };
  for (const path of ['received', 'carriedOver', 'granted', 'partiallyGranted', 'handledTotal', 'carriedForward']) {
    setRow(report, path, ROWS[path] ?? [0, 0, 0, 0, 0, 0, 0]);
  }
  for (const group of ['withheld', 'unableToProvide', 'notProcessed', 'otherHandling'] as const) {
    for (const key of Object.keys(report.applications[group]))
      setRow(report, `${group}.${key}`, ROWS[`${group}.${key}`] ?? [0, 0, 0, 0, 0, 0, 0]);
  }
  report.reconsideration = { upheld: 0, corrected: 1, other: 1, pending: 0, total: 2 };
  report.litigationDirect = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 };
  report.litigationAfterReconsideration = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  return report;
}

function setRow(report: AnnualReport, row: string, values: number[]): void {
  APPLICANT_COLUMNS.forEach((c, i) => {
    setCell(report, `applications.${row}.${c}`, values[i]);
  });
}
