import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnnualReport, Diagnostic } from '../report.ts';
import { sampleReport } from '../testing/sample-report.ts';
import { cellLabel } from './cell-label.ts';
import { setCell } from './cell-paths.ts';
import { checkReport } from './check-report.ts';

const rules = (ds: Diagnostic[]) => ds.map((d) => d.rule);
const only = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule);

function changed(edit: (r: AnnualReport) => void): AnnualReport {
  const report = sampleReport();
  edit(report);
  return report;
}

describe('checkReport on a consistent report', () => {
  test('finds nothing to complain about', () => {
    assert.deepEqual(checkReport(sampleReport()), []);
  });
});

describe('hard rules (errors)', () => {
  test('R1: new + carried over must equal handled + carried forward, per column', () => {
    // Raise 上年结转 for 自然人 and its row total together, so only R1 breaks.
    const report = changed((r) => {
      setCell(r, 'applications.carriedOver.naturalPerson', 2);
      setCell(r, 'applications.carriedOver.total', 2);
    });
    const found = only(checkReport(report), 'R1');
    assert.equal(found.length, 2, 'the 自然人 column and the 总计 column');
    assert.equal(found[0].severity, 'error');
    assert.ok(found[0].cells.includes('applications.carriedOver.naturalPerson'));
    assert.match(found[0].message, /自然人列：新收 71 \+ 上年结转 2 = 73，而（七）总计 72 \+ 结转下年度 0 = 72/);
  });

  test('R2: （七）总计 must be the sum of the result rows, named as printed', () => {
    const report = changed((r) => {
      setCell(r, 'applications.handledTotal.naturalPerson', 70);
      setCell(r, 'applications.handledTotal.total', 73);
      setCell(r, 'applications.received.naturalPerson', 69);
      setCell(r, 'applications.received.total', 72);
    });
    const found = only(checkReport(report), 'R2');
    assert.equal(found.length, 2);
    assert.equal(found[0].message, '三、（七）总计 / 自然人：明细合计 72，填报 70');
    assert.deepEqual([found[0].expected, found[0].actual], [72, 70]);
    assert.equal(found[0].cells[0], 'applications.handledTotal.naturalPerson');
    assert.ok(found[0].cells.includes('applications.withheld.stateSecret.naturalPerson'));
    assert.deepEqual(only(checkReport(report), 'R1'), []);
  });

  test('R3: a row total must be the sum of the six applicant columns', () => {
    const found = only(checkReport(changed((r) => setCell(r, 'applications.granted.total', 20))), 'R3');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '三、（一）予以公开 / 总计：各类申请人合计 21，填报 20');
  });

  test('R4: negative or fractional counts are errors; fees may be decimal but not negative', () => {
    const report = changed((r) => {
      setCell(r, 'litigationDirect.pending', -1);
      setCell(r, 'proactive.licensing', 2.5);
      setCell(r, 'proactive.feesWanYuan', -3);
    });
    const found = only(checkReport(report), 'R4');
    assert.deepEqual(found.map((d) => d.cells[0]).sort(), [
      'litigationDirect.pending',
      'proactive.feesWanYuan',
      'proactive.licensing',
    ]);
    assert.ok(found.every((d) => d.severity === 'error'));
    assert.deepEqual(only(checkReport(sampleReport()), 'R4'), [], 'a decimal fee like 9116.36 is fine');
  });

  test('R5: each group of table 四 must add up to its total', () => {
    const found = only(checkReport(changed((r) => setCell(r, 'reconsideration.total', 3))), 'R5');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '四、行政复议 / 总计：维持、纠正、其他、尚未审结合计 2，填报 3');
  });

  test('a blank cell (null) cannot prove an error', () => {
    const report = changed((r) => setCell(r, 'applications.granted.naturalPerson', null));
    assert.deepEqual(rules(checkReport(report).filter((d) => d.severity === 'error')), []);
  });
});

describe('soft rules (warnings)', () => {
  test('C1: this year’s 上年结转 must equal last year’s 结转下年度', () => {
    const previousWith = (forward: number) =>
      changed((r) => {
        r.year = 2021;
        setCell(r, 'applications.carriedForward.naturalPerson', forward);
        setCell(r, 'applications.carriedForward.total', forward);
      });
    assert.deepEqual(only(checkReport(sampleReport(), { previous: previousWith(1) }), 'C1'), []);
    const found = only(checkReport(sampleReport(), { previous: previousWith(3) }), 'C1');
    assert.deepEqual(
      found.map((d) => d.cells[0]),
      ['applications.carriedOver.naturalPerson', 'applications.carriedOver.total'],
    );
    assert.equal(found[0].severity, 'warning');
    assert.match(
      found[0].message,
      /二、上年结转政府信息公开申请数量 \/ 自然人：填报 1，而2021年度报告的“结转下年度继续办理”为 3/,
    );
    assert.deepEqual(only(checkReport(sampleReport()), 'C1'), [], 'needs the previous report');
  });

  test('C2: 现行有效 ≈ last year’s 现行有效 + 制发 − 废止', () => {
    const previous = changed((r) => setCell(r, 'proactive.normativeDocuments.inForce', 600));
    const found = only(checkReport(sampleReport(), { previous }), 'C2');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /上年 600 \+ 本年制发 88 − 本年废止 55 = 633，填报 698/);
    const consistent = changed((r) => setCell(r, 'proactive.normativeDocuments.inForce', 665));
    assert.deepEqual(only(checkReport(sampleReport(), { previous: consistent }), 'C2'), []);
  });

  test('C3: a figure in the narrative that disagrees with the table', () => {
    const report = changed((r) => {
      r.sections.overview = '全年收到政府信息公开申请80件，共有行政复议案件3件。';
    });
    const found = only(checkReport(report), 'C3');
    assert.equal(found.length, 2);
    assert.match(found[0].message, /正文称“收到政府信息公开申请80件”，与表三新收 74（加上年结转为 75）不符/);
    assert.match(found[1].message, /行政复议/);
  });

  test('C3: “收到” may include the applications carried over (received + carriedOver)', () => {
    const report = changed((r) => {
      r.sections.overview = '全区收到政府信息公开申请75件。';
    });
    assert.deepEqual(only(checkReport(report), 'C3'), []);
  });

  test('C4: applications dropped for unpaid fees need section 六 to speak of 信息处理费', () => {
    const report = changed((r) => {
      setCell(r, 'applications.otherHandling.feeUnpaid.naturalPerson', 1);
      setCell(r, 'applications.otherHandling.feeUnpaid.total', 1);
      setCell(r, 'applications.otherHandling.noCorrection.naturalPerson', 1);
      setCell(r, 'applications.otherHandling.noCorrection.total', 1);
      r.sections.other = '无其他需要报告的事项。';
    });
    const found = only(checkReport(report), 'C4');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /逾期未缴纳信息处理费/);
  });

  test('C4: section 六 that says nothing about fees', () => {
    const found = only(checkReport(changed((r) => (r.sections.other = '无。'))), 'C4');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /没有说明信息处理费的收取情况/);
  });

  test('C5: a department publishing after 31 January, a government after 31 March', () => {
    const late = changed((r) => (r.publishedOn = '2023-02-20'));
    assert.equal(only(checkReport(late), 'C5').length, 1, '某县自然资源局 is a department');
    assert.match(only(checkReport(late), 'C5')[0].message, /晚于部门年度报告的发布期限 2023-01-31/);
    assert.deepEqual(only(checkReport(late, { isGovernment: true }), 'C5'), []);
    const government = changed((r) => {
      r.agency = '某县人民政府';
      r.publishedOn = '2023-04-01';
    });
    assert.match(only(checkReport(government), 'C5')[0].message, /2023-03-31/);
    assert.deepEqual(only(checkReport(changed((r) => (r.publishedOn = null))), 'C5'), [], 'no date, nothing to check');
  });

  test('C6: missing sections, missing tables, and a government’s 考核/评议/追究', () => {
    const report = changed((r) => {
      delete r.sections.problems;
      r.reconsideration = { upheld: null, corrected: null, other: null, pending: null, total: null };
      r.litigationDirect = { ...r.reconsideration };
      r.litigationAfterReconsideration = { ...r.reconsideration };
    });
    const messages = only(checkReport(report), 'C6').map((d) => d.message);
    assert.ok(messages.some((m) => m.includes('五、存在的主要问题及改进情况')));
    assert.ok(messages.some((m) => m.includes('四、政府信息公开行政复议、行政诉讼情况')));
    const government = changed((r) => {
      r.agency = '某县人民政府';
      r.sections.overview = '本县认真落实《条例》。';
    });
    assert.match(only(checkReport(government), 'C6')[0].message, /未提及：工作考核、社会评议、责任追究/);
  });

  test('C7: a narrative section copied word for word from last year', () => {
    const previous = changed((r) => (r.year = 2021));
    const found = only(checkReport(sampleReport(), { previous }), 'C7');
    assert.deepEqual(found.map((d) => d.cells[0]).sort(), ['sections.overview', 'sections.problems']);
    assert.match(found[0].message, /与2021年度报告的文字完全相同/);
  });
});

describe('cellLabel', () => {
  test('names cells as the national form prints them', () => {
    assert.equal(cellLabel('applications.handledTotal.naturalPerson'), '三、（七）总计 / 自然人');
    assert.equal(
      cellLabel('applications.withheld.stateSecret.business'),
      '三、（三）不予公开 1.属于国家秘密 / 商业企业',
    );
    assert.equal(
      cellLabel('proactive.normativeDocuments.inForce'),
      '二、第二十条第（一）项 行政规范性文件 / 现行有效件数',
    );
    assert.equal(
      cellLabel('proactive.feesWanYuan'),
      '二、第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）',
    );
    assert.equal(cellLabel('litigationAfterReconsideration.pending'), '四、行政诉讼 复议后起诉 / 尚未审结');
    assert.equal(cellLabel('applications.otherHandling.all.total'), '三、（六）其他处理 / 总计');
  });
});
