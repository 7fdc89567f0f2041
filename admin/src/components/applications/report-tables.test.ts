import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApplicationRow, Applications } from '../../../../src/features/annual-reports/report.ts';
import { balanceProblems, tableFour, tableThree } from './report-tables.ts';

const row = (n: number): ApplicationRow => ({
  naturalPerson: n,
  business: 0,
  research: 0,
  publicInterest: 0,
  legalService: 0,
  other: 0,
  total: n,
});

function figures(): Applications {
  return {
    received: row(5),
    carriedOver: row(1),
    granted: row(2),
    partiallyGranted: row(1),
    withheld: Object.fromEntries(
      [
        'stateSecret',
        'prohibitedByLaw',
        'endangersSecurity',
        'thirdPartyRights',
        'internalAffairs',
        'processInformation',
        'enforcementFiles',
        'administrativeQuery',
      ].map((k) => [k, row(0)]),
    ) as Applications['withheld'],
    unableToProvide: { notHeld: row(1), needsCreation: row(0), unclearAfterCorrection: row(0) },
    notProcessed: { petition: row(0), repeated: row(0), publication: row(0), excessive: row(0), confirmation: row(0) },
    otherHandling: { noCorrection: row(0), feeUnpaid: row(0), other: row(1) },
    handledTotal: row(5),
    carriedForward: row(1),
  } as Applications;
}

describe('年报表三、表四', () => {
  test('表三有 25 行数据、7 列，行名与印制的表格一致', () => {
    const grid = tableThree(figures(), 2025);
    const body = grid.rows.slice(grid.headerRowCount);
    assert.equal(body.length, 25);
    for (const cells of body) assert.equal(cells.filter((cell) => cell.kind === 'data').length, 7);
    const headers = grid.rows
      .flat()
      .filter((cell) => cell.kind === 'rowHeader')
      .map((cell) => cell.text);
    assert.ok(headers.includes('一、本年新收政府信息公开申请数量'));
    assert.ok(headers.includes('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
    assert.ok(headers.includes('3.补正后申请内容仍不明确'));
    assert.ok(headers.includes('四、结转下年度继续办理'));
    const granted = body.flat().find((cell) => cell.path === 'applications.granted.total');
    assert.equal(granted?.text, '2');
  });

  test('2020 年使用 2019 年版表式：（六）其他处理只有一行', () => {
    const apps = { ...figures(), otherHandling: { all: row(1) } } as unknown as Applications;
    const grid = tableThree(apps, 2020);
    assert.equal(grid.rows.slice(grid.headerRowCount).length, 23);
  });

  test('表四是一行 15 个数', () => {
    const outcome = { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 };
    const grid = tableFour({
      reconsideration: outcome,
      litigationDirect: outcome,
      litigationAfterReconsideration: outcome,
    });
    const data = grid.rows.flat().filter((cell) => cell.kind === 'data');
    assert.equal(data.length, 15);
  });

  test('本年新收加上年结转不等于办结加结转时指出哪一列', () => {
    assert.deepEqual(balanceProblems(figures()), []);
    assert.deepEqual(balanceProblems({ ...figures(), carriedForward: row(3) }), ['naturalPerson', 'total']);
  });
});
