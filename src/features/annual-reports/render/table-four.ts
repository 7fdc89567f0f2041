// Table 四 (行政复议、行政诉讼情况): 行政复议 | 行政诉讼 → 未经复议直接起诉 / 复议后起诉,
// each with 结果维持/结果纠正/其他结果/尚未审结/总计, and one row of 15 numbers.
import { type AnnualReport, OUTCOME_KEYS, type Outcome } from '../report.ts';
import { formatValue, GridBuilder, type TableGrid } from './table-grid.ts';

export const OUTCOME_LABELS: Record<keyof Outcome, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

type OutcomeGroup = 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration';

export function buildTableFour(report: AnnualReport): TableGrid {
  const grid = new GridBuilder(15);
  grid.add(0, { kind: 'colHeader', text: '行政复议', colSpan: 5, id: 't4-reconsideration' });
  grid.add(0, { kind: 'colHeader', text: '行政诉讼', colSpan: 10, id: 't4-litigation' });

  const columnHeaders: string[][] = [];
  for (const key of OUTCOME_KEYS) {
    const id = `t4-reconsideration-${key}`;
    grid.add(1, { kind: 'colHeader', text: OUTCOME_LABELS[key], rowSpan: 2, id, headers: ['t4-reconsideration'] });
    columnHeaders.push(['t4-reconsideration', id]);
  }
  const litigation: [OutcomeGroup, string][] = [
    ['litigationDirect', '未经复议直接起诉'],
    ['litigationAfterReconsideration', '复议后起诉'],
  ];
  for (const [group, label] of litigation) {
    const groupId = `t4-${group}`;
    grid.add(1, { kind: 'colHeader', text: label, colSpan: 5, id: groupId, headers: ['t4-litigation'] });
    for (const key of OUTCOME_KEYS) {
      const id = `${groupId}-${key}`;
      grid.add(2, { kind: 'colHeader', text: OUTCOME_LABELS[key], id, headers: ['t4-litigation', groupId] });
      columnHeaders.push(['t4-litigation', groupId, id]);
    }
  }

  const groups: OutcomeGroup[] = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
  let c = 0;
  for (const group of groups) {
    for (const key of OUTCOME_KEYS) {
      const value = report[group]?.[key] ?? null;
      grid.add(3, {
        kind: 'data',
        text: formatValue(value),
        value,
        path: `${group}.${key}`,
        headers: columnHeaders[c++],
      });
    }
  }
  return grid.build({
    number: '四',
    caption: '四、政府信息公开行政复议、行政诉讼情况',
    idPrefix: 't4',
    columnWeights: new Array<number>(15).fill(1),
    headerRowCount: 3,
  });
}
