// fast-check arbitraries for random, valid 2021-template annual reports (R1–R5 hold by
// construction), and every single-cell corruption of such a report. Used by the checker's
// property tests and by the render → parse round-trip tests.
import fc from 'fast-check';
import { setCell, table3Rows } from '../check/cell-paths.ts';
import { emptyReport } from '../read/empty-report.ts';
import { type AnnualReport, APPLICANT_DETAIL_COLUMNS, type Proactive2021 } from '../report.ts';

export interface ArbitraryReportOptions {
  /** Largest value of a single result cell (sums grow from there). Default 200. */
  maxCount?: number;
}

/** Mostly zeros and small numbers, like real reports, with an occasional large one. */
export function arbitraryCount(max = 200): fc.Arbitrary<number> {
  return fc.oneof(
    { arbitrary: fc.constant(0), weight: 6 },
    { arbitrary: fc.integer({ min: 1, max: Math.min(9, max) }), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max }), weight: 1 },
  );
}

const AGENCIES = [
  '扶沟县工业和信息化局',
  '平潭综合实验区管理委员会',
  '上海市科学技术委员会',
  '某市人民政府',
  '某县自然资源局',
  '某区教育局',
];

const OVERVIEW = [
  '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。',
  '主动公开方面，及时发布机构职能、政策文件和办事指南等信息。',
  '依申请公开方面，畅通申请渠道，规范受理、办理和答复流程。',
  '政府信息管理方面，严格落实公开属性审查和保密审查。',
  '平台建设方面，持续优化政府网站信息公开专栏。',
  '监督保障方面，将政务公开纳入工作考核，主动接受社会评议，未发生责任追究情况。',
];
const PROBLEMS = [
  '存在的主要问题：主动公开的深度和广度还不够，政策解读形式较为单一。',
  '改进情况：进一步加强培训，丰富解读形式，提升公开质量。',
];
const OTHER = ['本年度未收取信息处理费。', '本年度未发出收费通知，未收取信息处理费。'];

const sentences = (pool: string[]) => fc.subarray(pool, { minLength: 1 }).map((s) => s.join(''));

interface Draw {
  agency: string;
  year: number;
  results: number[][];
  carriedForward: number[];
  carriedOverShare: number[];
  outcomes: number[][];
  documents: number[];
  decisions: number[];
  feesCents: number;
  overview: string;
  problems: string;
  other: string;
}

export function arbitraryReport(options: ArbitraryReportOptions = {}): fc.Arbitrary<AnnualReport> {
  const max = options.maxCount ?? 200;
  const count = arbitraryCount(max);
  const resultRowCount = table3Rows('2021').length - 4;
  const draw: fc.Arbitrary<Draw> = fc.record({
    agency: fc.constantFrom(...AGENCIES),
    year: fc.integer({ min: 2021, max: 2030 }),
    results: fc.array(fc.array(count, { minLength: resultRowCount, maxLength: resultRowCount }), {
      minLength: 6,
      maxLength: 6,
    }),
    carriedForward: fc.array(count, { minLength: 6, maxLength: 6 }),
    carriedOverShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    outcomes: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    documents: fc.array(arbitraryCount(max * 5), { minLength: 6, maxLength: 6 }),
    decisions: fc.array(arbitraryCount(max * 50), { minLength: 3, maxLength: 3 }),
    feesCents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 })),
    overview: sentences(OVERVIEW),
    problems: sentences(PROBLEMS),
    other: fc.constantFrom(...OTHER),
  });
  return draw.map(buildReport);
}

function buildReport(d: Draw): AnnualReport {
  const report = emptyReport('2021');
  report.agency = d.agency;
  report.year = d.year;
  report.publishedOn = `${d.year + 1}-01-20`;
  report.sections = { overview: d.overview, problems: d.problems, other: d.other };
  const rows = table3Rows('2021');
  const resultKeys = rows.slice(2, -2);
  const rowTotals = new Map<string, number>();
  const add = (row: string, col: string, value: number) => {
    setCell(report, `applications.${row}.${col}`, value);
    rowTotals.set(row, (rowTotals.get(row) ?? 0) + value);
  };
  APPLICANT_DETAIL_COLUMNS.forEach((col, c) => {
    const handled = d.results[c].reduce((n, v) => n + v, 0);
    resultKeys.forEach((row, r) => {
      add(row, col, d.results[c][r]);
    });
    const forward = d.carriedForward[c];
    // carriedOver ≤ handled + forward keeps 新收 non-negative (R1: 新收 + 结转 = 办结 + 转下年).
    const over = Math.floor(d.carriedOverShare[c] * (handled + forward));
    add('handledTotal', col, handled);
    add('carriedForward', col, forward);
    add('carriedOver', col, over);
    add('received', col, handled + forward - over);
  });
  for (const row of rows) setCell(report, `applications.${row}.total`, rowTotals.get(row) ?? 0);
  (['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const).forEach((group, g) => {
    const [upheld, corrected, other, pending] = d.outcomes[g];
    report[group] = { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
  });
  const [ri, ra, rf, ni, na, nf] = d.documents;
  const proactive: Proactive2021 = {
    regulations: { issued: ri, abolished: ra, inForce: rf },
    normativeDocuments: { issued: ni, abolished: na, inForce: nf },
    licensing: d.decisions[0],
    penalty: d.decisions[1],
    coercion: d.decisions[2],
    feesWanYuan: d.feesCents / 100,
  };
  report.proactive = proactive;
  return report;
}

export { type CellCorruption, singleCellCorruptions } from './corruptions.ts';
