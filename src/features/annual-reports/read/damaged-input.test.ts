// The kinds of damage seen in the wild (spec: “Damaged sources seen in the wild”), each on
// a small crafted input built from a known report, so every expectation is known in advance.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getCell, setCell, table2Paths, table3Paths, table4Paths } from '../check/cell-paths.ts';
import type { AnnualReport, Diagnostic, Proactive2019 } from '../report.ts';
import { reportToText } from '../testing/report-text.ts';
import { sampleReport } from '../testing/sample-report.ts';
import { emptyReport } from './empty-report.ts';
import { parseReportText } from './parse-report.ts';

const ALL_CELLS = [...table2Paths('2021'), ...table3Paths('2021'), ...table4Paths()];
const rules = (ds: Diagnostic[]) => ds.map((d) => d.rule);

/** Every table cell equal to the sample report's. */
function assertSameTables(actual: AnnualReport, expected: AnnualReport = sampleReport()): void {
  for (const p of ALL_CELLS) assert.equal(getCell(actual, p), getCell(expected, p), p);
}

const table3Block = (text: string) => {
  const start = text.indexOf('一、本年新收');
  const end = text.indexOf('四、政府信息公开行政复议');
  return { before: text.slice(0, start), rows: text.slice(start, end).trimEnd().split('\n'), after: text.slice(end) };
};

describe('cells run together', () => {
  test('table 三 digits with nothing between cells are split by R1–R5 and no leading zeros', () => {
    const { report, diagnostics } = parseReportText(reportToText(sampleReport(), { separator: '' }));
    assertSameTables(report);
    assert.deepEqual(diagnostics, []);
  });

  test('a row’s number prefix running into the previous digits (“00000002.其他…”)', () => {
    const { before, rows, after } = table3Block(reportToText(sampleReport(), { separator: '' }));
    // One line, as a crawler flattens a page: every row glued to the next.
    const { report } = parseReportText(`${before}${rows.join('')}\n${after}`);
    assertSameTables(report);
  });

  test('cells separated by single spaces and by Markdown pipes', () => {
    assertSameTables(parseReportText(reportToText(sampleReport(), { separator: ' ' })).report);
    const piped = reportToText(sampleReport()).replace(/^(.*\t.*)$/gm, (line) => `| ${line.split('\t').join(' | ')} |`);
    assertSameTables(parseReportText(piped).report);
  });

  test('table 二 has no sums: several readings survive → null + AMBIGUOUS with candidates, no guess', () => {
    const text = reportToText(sampleReport()).replace('行政规范性文件\t88\t55\t698', '行政规范性文件8855698');
    const { report, diagnostics } = parseReportText(text);
    assert.deepEqual(report.proactive.normativeDocuments, { issued: null, abolished: null, inForce: null });
    const ambiguous = diagnostics.find((d) => d.rule === 'AMBIGUOUS');
    assert.ok(ambiguous);
    assert.deepEqual(ambiguous.cells, [
      'proactive.normativeDocuments.issued',
      'proactive.normativeDocuments.abolished',
      'proactive.normativeDocuments.inForce',
    ]);
    assert.ok(ambiguous.candidates?.some((c) => JSON.stringify(c) === '[88,55,698]'));
    assert.ok((ambiguous.candidates?.length ?? 0) > 1);
  });

  test('table 二: figures stated in the narrative settle the reading, with an INFERRED warning', () => {
    const text = reportToText(sampleReport())
      .replace('行政规范性文件\t88\t55\t698', '行政规范性文件8855698')
      .replace('2022年，本局', '2022年，集中公开现行有效行政规范性文件698件，本年度制发规范性文件88件，本局');
    const { report, diagnostics } = parseReportText(text);
    assert.deepEqual(report.proactive.normativeDocuments, { issued: 88, abolished: 55, inForce: 698 });
    assert.deepEqual(rules(diagnostics), ['INFERRED']);
  });

  test('table 三: two readings that both add up, with nothing else to decide → null + AMBIGUOUS', () => {
    // “110000011” is 1/10/0/0/0/0/11 or 11/0/0/0/0/0/11; without a printed （七）总计 row, no column sum can choose.
    const { before, rows, after } = table3Block(reportToText(sampleReport(), { separator: '' }));
    const damaged = rows
      .filter((r) => !r.startsWith('（七）总计'))
      .map((r) => (r.startsWith('（一）予以公开') ? '（一）予以公开110000011' : r));
    const { report, diagnostics } = parseReportText(`${before}${damaged.join('\n')}\n${after}`);
    assert.deepEqual(report.applications.granted, {
      naturalPerson: null,
      business: null,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 11,
    });
    const ambiguous = diagnostics.find((d) => d.rule === 'AMBIGUOUS');
    assert.ok(ambiguous);
    assert.deepEqual(ambiguous.cells, ['applications.granted.naturalPerson', 'applications.granted.business']);
    assert.deepEqual(ambiguous.candidates, [
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
    assert.ok(diagnostics.some((d) => d.rule === 'NOT_FOUND' && d.cells.includes('applications.handledTotal.total')));
  });

  test('the same run is settled when the column sums (R2) decide it', () => {
    const base = sampleReport();
    // 予以公开 11 for 自然人: lower 不掌握 by 10 so that every sum still holds.
    setCell(base, 'applications.granted.naturalPerson', 11);
    setCell(base, 'applications.granted.total', 11);
    setCell(base, 'applications.unableToProvide.notHeld.naturalPerson', 47);
    setCell(base, 'applications.unableToProvide.notHeld.total', 47);
    const { report, diagnostics } = parseReportText(reportToText(base, { separator: '' }));
    assert.deepEqual(report.applications.granted, {
      naturalPerson: 11,
      business: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 0,
      total: 11,
    });
    assert.deepEqual(diagnostics, []);
  });

  test('a very long run of digits is refused quickly, not searched for ever', () => {
    const { before, rows, after } = table3Block(reportToText(sampleReport(), { separator: '' }));
    const damaged = rows.map((r) => (r.startsWith('（一）予以公开') ? `（一）予以公开${'123456789'.repeat(7)}` : r));
    const started = performance.now();
    const { report, diagnostics } = parseReportText(`${before}${damaged.join('\n')}\n${after}`);
    assert.ok(performance.now() - started < 2000);
    assert.equal(report.applications.granted.total, null);
    assert.ok(diagnostics.some((d) => d.cells.includes('applications.granted.total')));
  });
});

describe('damaged labels and layout', () => {
  test('labels torn from their numbers: rows are placed by the fixed order of the 25 rows', () => {
    const { before, rows, after } = table3Block(reportToText(sampleReport()));
    const torn = rows.map((r) => r.split('\t').slice(1).join('\t'));
    const labels = rows.map((r) => r.split('\t')[0]);
    // Labels come afterwards, in a lump, as in a PDF converted to Markdown.
    const { report } = parseReportText(`${before}${torn.join('\n')}\n${labels.join('\n')}\n${after}`);
    assertSameTables(report);
  });

  test('labels broken across lines, page footers and a repeated header inside the table', () => {
    const { before, rows, after } = table3Block(reportToText(sampleReport()));
    const damaged = rows.flatMap((r, i) => {
      if (i === 10)
        return [
          '— 5 —',
          '第 5 页 共 9 页',
          '申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
          r,
        ];
      if (r.startsWith('1.申请人无正当理由'))
        return ['1.申请人无正当理由逾', `期不补正\t${r.split('\t').slice(1).join('\t')}`];
      return [r];
    });
    const { report, diagnostics } = parseReportText(`${before}${damaged.join('\n')}\n${after}`);
    assertSameTables(report);
    assert.deepEqual(diagnostics, []);
  });

  test('a footer flattened into running text (“— 5 —”) is removed', () => {
    const { before, rows, after } = table3Block(reportToText(sampleReport(), { separator: '' }));
    const { report } = parseReportText(
      `${before}${rows.slice(0, 8).join('')} — 5 — ${rows.slice(8).join('')}\n${after}`,
    );
    assertSameTables(report);
  });

  test('label variants and notes inside cells', () => {
    const text = reportToText(sampleReport())
      .replace('行政规范性文件\t88\t55\t698', '规范性文件\t88\t55（含自然失效29件）\t698')
      .replace('0\t1\t1\t0\t2\t1', '0\t1\t1\t0\t2（含上年结转1件）\t1');
    const { report, diagnostics } = parseReportText(text);
    assertSameTables(report);
    assert.deepEqual(diagnostics, []);
  });

  test('2019 template: recognised by its telltales, with its own table 二 and a single （六） row', () => {
    const base = sampleReport();
    const report2019 = emptyReport('2019');
    Object.assign(report2019, { agency: base.agency, year: 2020, sections: base.sections });
    for (const p of table3Paths('2019'))
      setCell(report2019, p, getCell(base, p.replace('otherHandling.all', 'otherHandling.noCorrection')) ?? 0);
    setCell(report2019, 'applications.otherHandling.all.naturalPerson', 2);
    setCell(report2019, 'applications.otherHandling.all.business', 2);
    setCell(report2019, 'applications.otherHandling.all.total', 4);
    report2019.reconsideration = base.reconsideration;
    report2019.litigationDirect = base.litigationDirect;
    report2019.litigationAfterReconsideration = base.litigationAfterReconsideration;
    const proactive = report2019.proactive as Proactive2019;
    proactive.regulations = { newlyMade: 1, newlyPublished: 1, totalPublished: 12 };
    proactive.normativeDocuments = { newlyMade: 5, newlyPublished: 5, totalPublished: 40 };
    proactive.licensing = { previousYearItems: 120, change: -3, decisions: 860 };
    proactive.otherServices = { previousYearItems: 15, change: 0, decisions: 40 };
    proactive.penalty = { previousYearItems: 30, change: 2, decisions: 77 };
    proactive.coercion = { previousYearItems: 4, change: 0, decisions: 0 };
    proactive.fees = { previousYearItems: 3, change: -1 };
    proactive.procurement = { items: 6, totalAmount: '35.2万元' };
    const { report, diagnostics } = parseReportText(reportToText(report2019));
    assert.equal(report.template, '2019');
    assert.deepEqual(report.applications.otherHandling, {
      all: { naturalPerson: 2, business: 2, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 4 },
    });
    for (const p of [...table3Paths('2019'), ...table4Paths()])
      assert.equal(getCell(report, p), getCell(report2019, p), p);
    const p = report.proactive as Proactive2019;
    assert.deepEqual(p.licensing, { previousYearItems: 120, change: -3, decisions: 860 });
    assert.deepEqual(p.normativeDocuments, { newlyMade: 5, newlyPublished: 5, totalPublished: 40 });
    assert.deepEqual(p.procurement, { items: 6, totalAmount: '35.2万元' });
    assert.deepEqual(p.fees, { previousYearItems: 3, change: -1 });
    assert.deepEqual(diagnostics, []);
  });

  test('tables printed after the narrative, under their own numbering', () => {
    const text = reportToText(sampleReport());
    const start = text.indexOf('二、主动公开政府信息情况');
    const end = text.indexOf('五、存在的主要问题');
    const tables = text
      .slice(start, end)
      .replace('二、主动公开', '一、主动公开')
      .replace('三、收到和处理', '二、收到和处理')
      .replace('四、政府信息公开行政复议', '三、政府信息公开行政复议');
    const moved = `${text.slice(0, start)}${text.slice(end)}\n${tables}`;
    const { report } = parseReportText(moved);
    assertSameTables(report);
    assert.ok(report.sections.problems && report.sections.other && report.sections.overview);
  });
});

describe('blank and missing cells are never 0', () => {
  test('BLANK: a blank cell no rule can force stays null with a warning naming the cell', () => {
    const text = reportToText(sampleReport()).replace('行政许可\t10690', '行政许可\t');
    const { report, diagnostics } = parseReportText(text);
    assert.equal(report.proactive.licensing, null);
    const blank = diagnostics.filter((d) => d.rule === 'BLANK');
    assert.deepEqual(
      blank.map((d) => d.cells),
      [['proactive.licensing']],
    );
    assert.match(blank[0].message, /二、第二十条第（五）项 行政许可 \/ 本年处理决定数量：原表空白/);
  });

  test('BLANK: two blanks in the same sum cannot be forced', () => {
    const text = reportToText(sampleReport()).replace('0\t1\t1\t0\t2\t1', '\t\t1\t0\t2\t1');
    const { report, diagnostics } = parseReportText(text);
    assert.deepEqual(report.reconsideration, { upheld: null, corrected: null, other: 1, pending: 0, total: 2 });
    assert.deepEqual(
      diagnostics.filter((d) => d.rule === 'BLANK').map((d) => d.cells[0]),
      ['reconsideration.upheld', 'reconsideration.corrected'],
    );
  });

  test('FORCED: one blank in a sum is filled by R5, with a warning', () => {
    const text = reportToText(sampleReport()).replace('0\t1\t1\t0\t2\t1', '0\t1\t1\t0\t\t1');
    const { report, diagnostics } = parseReportText(text);
    assert.equal(report.reconsideration.total, 2);
    assert.deepEqual(
      diagnostics.map((d) => [d.rule, d.cells[0]]),
      [['FORCED', 'reconsideration.total']],
    );
  });

  test('a blank at the edge of a row with spare cells on both sides: the column sums decide which edge', () => {
    const text = reportToText(sampleReport()).replace(
      '一、本年新收政府信息公开申请数量\t71\t3\t0\t0\t0\t0\t74',
      '一、本年新收政府信息公开申请数量\t\t71\t3\t0\t0\t0\t0\t\t',
    );
    const { report, diagnostics } = parseReportText(text);
    assertSameTables(report);
    assert.deepEqual(
      diagnostics.map((d) => [d.rule, d.cells[0]]),
      [['FORCED', 'applications.received.total']],
    );
  });

  test('NOT_FOUND: a table that is not there is null, not 0', () => {
    const text = reportToText(sampleReport());
    const withoutTable4 =
      text.slice(0, text.indexOf('四、政府信息公开行政复议')) + text.slice(text.indexOf('五、存在的主要问题'));
    const { report, diagnostics } = parseReportText(withoutTable4);
    assert.deepEqual(report.reconsideration, {
      upheld: null,
      corrected: null,
      other: null,
      pending: null,
      total: null,
    });
    const missing = diagnostics.find((d) => d.rule === 'NOT_FOUND');
    assert.ok(missing);
    assert.equal(missing.cells.length, 15);
  });

  test('NOT_FOUND: a row of table 三 that is missing, where the order cannot say which', () => {
    const { before, rows, after } = table3Block(reportToText(sampleReport()));
    const damaged = rows.filter((r) => !r.startsWith('2.重复申请')).map((r) => r.split('\t').slice(1).join('\t'));
    const { report, diagnostics } = parseReportText(`${before}${damaged.join('\n')}\n${after}`);
    const notFound = diagnostics.filter(
      (d) => d.rule === 'NOT_FOUND' && d.cells.some((c) => c.startsWith('applications.')),
    );
    assert.ok(notFound.length > 0);
    for (const p of table3Paths('2021')) {
      const value = getCell(report, p);
      assert.ok(value === null || value === getCell(sampleReport(), p), `${p}: a wrong value instead of null`);
    }
  });
});
