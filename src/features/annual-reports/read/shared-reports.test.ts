// The three published reports in fixtures/reports, read cell by cell against the figures
// hand-checked in that folder's README (expectations are written out from the README, not
// taken from the reader's output).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { getCell, table3Rows } from '../check/cell-paths.ts';
import { checkReport } from '../check/check-report.ts';
import { type AnnualReport, APPLICANT_COLUMNS, OUTCOME_KEYS } from '../report.ts';
import { REPORTS_DIR } from '../testing/report-fixtures.ts';
import { type ParseResult, parseReport } from './parse-report.ts';

const SHARED_REPORTS = REPORTS_DIR;

async function readShared(name: string): Promise<ParseResult> {
  const bytes = new Uint8Array(readFileSync(`${SHARED_REPORTS}/${name}`));
  return parseReport({ bytes, fileName: name });
}

type Row = [number, number, number, number, number, number, number];
const ZERO: Row = [0, 0, 0, 0, 0, 0, 0];

/** Table 三 from the README: rows not listed are all zero. */
function expectTable3(report: AnnualReport, listed: Record<string, Row>): void {
  for (const row of table3Rows('2021')) {
    const expected = listed[row] ?? ZERO;
    const actual = APPLICANT_COLUMNS.map((c) => getCell(report, `applications.${row}.${c}`));
    assert.deepEqual(actual, expected, `三、${row}`);
  }
}

function expectTable4(report: AnnualReport, groups: [number[], number[], number[]]): void {
  const actual = (['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const).map((g) =>
    OUTCOME_KEYS.map((k) => report[g][k]),
  );
  assert.deepEqual(actual, groups);
}

describe('fugou-gongxinju-2023 (the seed: tab-separated Word table, all zero)', async () => {
  const { report, diagnostics } = await readShared('fugou-gongxinju-2023.txt');

  test('identifies the agency, year and template', () => {
    assert.equal(report.agency, '扶沟县工业和信息化局');
    assert.equal(report.year, 2023);
    assert.equal(report.template, '2021');
  });

  test('reads every cell of tables 二, 三 and 四 as 0 — found, not defaulted', () => {
    expectTable3(report, {});
    expectTable4(report, [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    assert.deepEqual(report.proactive, {
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 0, abolished: 0, inForce: 0 },
      licensing: 0,
      penalty: 0,
      coercion: 0,
      feesWanYuan: 0,
    });
    assert.deepEqual(diagnostics, [], 'nothing was missing or guessed');
  });

  test('keeps the narrative: 15 部门动态, no fees', () => {
    assert.match(report.sections.overview, /共公开发表部门动态 15 条/);
    assert.match(report.sections.other, /未收取相关费用/);
    assert.ok(report.sections.problems.length > 50);
  });

  test('passes the checker', () => {
    assert.deepEqual(checkReport(report), []);
  });
});

describe('pingtan-2022 (web page flattened: digits run together)', async () => {
  const { report, diagnostics } = await readShared('pingtan-2022.txt');

  test('identifies the agency, year, template and publication date', () => {
    assert.equal(report.agency, '平潭综合实验区');
    assert.equal(report.year, 2022);
    assert.equal(report.template, '2021');
    assert.equal(report.publishedOn, '2023-02-20');
  });

  test('recovers table 三 from the run-together digits', () => {
    // README: 予以公开 21 and 部分公开's split; the 商业企业 column (3) is fully accounted
    // for by 部分公开 1 and （六）3 其他 2, so every other figure is 自然人.
    expectTable3(report, {
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
    });
  });

  test('reads table 二, settling 8855698 by the narrative’s own figures', () => {
    const p = report.proactive;
    assert.ok('feesWanYuan' in p);
    assert.deepEqual(p.normativeDocuments, { issued: 88, abolished: 55, inForce: 698 });
    assert.deepEqual(p.regulations, { issued: 0, abolished: 0, inForce: 0 }, 'printed 规章000: one reading only');
    assert.deepEqual([p.licensing, p.penalty, p.coercion, p.feesWanYuan], [10690, 2113, 0, 9116.36]);
    const inferred = diagnostics.filter((d) => d.rule === 'INFERRED');
    assert.equal(inferred.length, 1);
    assert.match(inferred[0].message, /88\/55\/698/);
  });

  test('finds table 四 under the misspelt heading 行政法复议', () => {
    expectTable4(report, [
      [0, 1, 1, 0, 2],
      [1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
    ]);
  });

  test('the checker accepts “收到…75件” as 新收 + 上年结转', () => {
    assert.deepEqual(
      checkReport(report).filter((d) => d.rule !== 'INFERRED'),
      [],
    );
  });

  test('no cell is ambiguous or missing', () => {
    assert.deepEqual(
      diagnostics.filter((d) => d.rule !== 'INFERRED'),
      [],
    );
  });
});

describe('shanghai-kewei-2024 (PDF turned Markdown: torn labels, stray page number, blank cell)', async () => {
  const { report, diagnostics } = await readShared('shanghai-kewei-2024.txt');

  test('identifies the agency and year from a title broken over two lines', () => {
    assert.equal(report.agency, '上海市科委');
    assert.equal(report.year, 2024);
    assert.equal(report.template, '2021');
  });

  test('places every row of table 三 by order where its label was torn off', () => {
    expectTable3(report, {
      received: [32, 2, 0, 0, 0, 0, 34],
      carriedOver: [2, 0, 0, 0, 0, 0, 2],
      granted: [9, 0, 0, 0, 0, 0, 9],
      'withheld.internalAffairs': [1, 0, 0, 0, 0, 0, 1],
      'withheld.processInformation': [1, 0, 0, 0, 0, 0, 1],
      'unableToProvide.notHeld': [4, 0, 0, 0, 0, 0, 4],
      'unableToProvide.needsCreation': [6, 0, 0, 0, 0, 0, 6],
      'otherHandling.noCorrection': [8, 2, 0, 0, 0, 0, 10],
      'otherHandling.other': [4, 0, 0, 0, 0, 0, 4],
      handledTotal: [33, 2, 0, 0, 0, 0, 35],
      carriedForward: [1, 0, 0, 0, 0, 0, 1],
    });
  });

  test('fills the blank 结转 / 总计 with 1 (forced by R1 and R3) and says so', () => {
    const forced = diagnostics.filter((d) => d.rule === 'FORCED');
    assert.equal(forced.length, 1);
    assert.deepEqual(forced[0].cells, ['applications.carriedForward.total']);
    assert.equal(forced[0].severity, 'warning');
    assert.equal(forced[0].expected, 1);
    assert.match(forced[0].message, /四、结转下年度继续办理 \/ 总计：原表空白/);
    assert.deepEqual(
      diagnostics.filter((d) => d.rule !== 'FORCED'),
      [],
    );
  });

  test('reads table 二 and table 四', () => {
    const p = report.proactive;
    assert.ok('feesWanYuan' in p);
    assert.deepEqual(p.normativeDocuments, { issued: 13, abolished: 0, inForce: 55 });
    assert.equal(p.licensing, 97);
    // Printed as 0 in the source text (README lists only the non-zero figures).
    assert.deepEqual([p.penalty, p.coercion, p.feesWanYuan], [0, 0, 0]);
    assert.deepEqual(p.regulations, { issued: 0, abolished: 0, inForce: 0 });
    expectTable4(report, [
      [1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  test('recognises its own section layout: extra parts, and 问题 placed after table 四', () => {
    assert.match(report.sections.overview, /^上海市科委 2024 年深入贯彻/);
    assert.match(report.sections.problems, /主要问题[\s\S]*改进情况/);
    assert.match(report.sections.other, /未发生政府信息公开收费事项/);
    for (const extra of [
      '工作机制保障',
      '主动公开工作情况',
      '政府信息公开申请情况',
      '政府信息管理',
      '政府信息公开平台建设',
    ]) {
      assert.ok(report.sections[extra], extra);
    }
  });

  test('the narrative’s figures agree with the tables (C3 finds nothing)', () => {
    assert.deepEqual(checkReport(report), []);
  });
});
