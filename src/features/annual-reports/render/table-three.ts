// Table 三 (收到和处理政府信息公开申请情况) in the national layout: three label columns
// (with the 三、本年度办理结果 block and its (三)…(六) groups merged vertically) and the
// seven applicant columns under the 申请人情况 / 法人或其他组织 two-level header.
import {
  type AnnualReport,
  APPLICANT_COLUMN_LABELS,
  APPLICANT_COLUMNS,
  type ApplicationRow,
  type Applications,
} from '../report.ts';
import { formatValue, GridBuilder, type TableGrid } from './table-grid.ts';

export const TABLE3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

interface ResultGroup {
  label: string;
  key: string;
  /** Sub-rows (label, dotted key); empty when the group is a single row. */
  rows: [string, string][];
}

const WITHHELD: [string, string][] = [
  ['1.属于国家秘密', 'withheld.stateSecret'],
  ['2.其他法律行政法规禁止公开', 'withheld.prohibitedByLaw'],
  ['3.危及“三安全一稳定”', 'withheld.endangersSecurity'],
  ['4.保护第三方合法权益', 'withheld.thirdPartyRights'],
  ['5.属于三类内部事务信息', 'withheld.internalAffairs'],
  ['6.属于四类过程性信息', 'withheld.processInformation'],
  ['7.属于行政执法案卷', 'withheld.enforcementFiles'],
  ['8.属于行政查询事项', 'withheld.administrativeQuery'],
];
const UNABLE: [string, string][] = [
  ['1.本机关不掌握相关政府信息', 'unableToProvide.notHeld'],
  ['2.没有现成信息需要另行制作', 'unableToProvide.needsCreation'],
  ['3.补正后申请内容仍不明确', 'unableToProvide.unclearAfterCorrection'],
];
const NOT_PROCESSED: [string, string][] = [
  ['1.信访举报投诉类申请', 'notProcessed.petition'],
  ['2.重复申请', 'notProcessed.repeated'],
  ['3.要求提供公开出版物', 'notProcessed.publication'],
  ['4.无正当理由大量反复申请', 'notProcessed.excessive'],
  ['5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'],
];
const OTHER_HANDLING: [string, string][] = [
  ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherHandling.noCorrection'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling.feeUnpaid'],
  ['3.其他', 'otherHandling.other'],
];

function resultGroups(template: AnnualReport['template']): ResultGroup[] {
  return [
    { label: '（一）予以公开', key: 'granted', rows: [] },
    { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', key: 'partiallyGranted', rows: [] },
    { label: '（三）不予公开', key: 'withheld', rows: WITHHELD },
    { label: '（四）无法提供', key: 'unableToProvide', rows: UNABLE },
    { label: '（五）不予处理', key: 'notProcessed', rows: NOT_PROCESSED },
    template === '2019'
      ? { label: '（六）其他处理', key: 'otherHandling.all', rows: [] }
      : { label: '（六）其他处理', key: 'otherHandling', rows: OTHER_HANDLING },
    { label: '（七）总计', key: 'handledTotal', rows: [] },
  ];
}

/** The row under `applications` at a dotted key; a missing row reads as all blank. */
export function applicationRow(apps: Applications, dotted: string): ApplicationRow | undefined {
  let node: unknown = apps;
  for (const part of dotted.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? (node as ApplicationRow) : undefined;
}

const idOf = (dotted: string): string => `t3-${dotted.replace('.', '-')}`;

export function buildTableThree(report: AnnualReport): TableGrid {
  const grid = new GridBuilder(10);
  const columnIds: string[][] = [];
  // Header: 申请人情况 over 自然人 | 法人或其他组织 (5) | 总计.
  grid.add(0, { kind: 'corner', text: TABLE3_CORNER, rowSpan: 3, colSpan: 3, id: 't3-corner' });
  grid.add(0, { kind: 'colHeader', text: '申请人情况', colSpan: 7, id: 't3-applicant' });
  for (const column of APPLICANT_COLUMNS) {
    const id = `t3-${column}`;
    const label = APPLICANT_COLUMN_LABELS[column];
    if (column === 'naturalPerson' || column === 'total') {
      grid.add(1, { kind: 'colHeader', text: label, rowSpan: 2, id, headers: ['t3-applicant'] });
      columnIds.push(['t3-applicant', id]);
      if (column === 'naturalPerson')
        grid.add(1, { kind: 'colHeader', text: '法人或其他组织', colSpan: 5, id: 't3-org', headers: ['t3-applicant'] });
    } else {
      grid.add(2, { kind: 'colHeader', text: label, id, headers: ['t3-applicant', 't3-org'] });
      columnIds.push(['t3-applicant', 't3-org', id]);
    }
  }

  const apps = report.applications;
  const dataCells = (row: number, dotted: string, rowHeaders: string[]): void => {
    const values = applicationRow(apps, dotted);
    APPLICANT_COLUMNS.forEach((column, c) => {
      const value = values?.[column] ?? null;
      grid.add(row, {
        kind: 'data',
        text: formatValue(value),
        value,
        path: `applications.${dotted}.${column}`,
        headers: [...rowHeaders, ...columnIds[c]],
      });
    });
  };

  let row = 3;
  const topRow = (label: string, dotted: string): void => {
    const id = idOf(dotted);
    grid.add(row, { kind: 'rowHeader', text: label, colSpan: 3, id });
    dataCells(row++, dotted, [id]);
  };
  topRow('一、本年新收政府信息公开申请数量', 'received');
  topRow('二、上年结转政府信息公开申请数量', 'carriedOver');

  const groups = resultGroups(report.template);
  const resultRowCount = groups.reduce((n, g) => n + Math.max(1, g.rows.length), 0);
  grid.add(row, { kind: 'rowHeader', text: '三、本年度办理结果', rowSpan: resultRowCount, id: 't3-results' });
  for (const group of groups) {
    const groupId = idOf(group.key);
    if (group.rows.length === 0) {
      grid.add(row, { kind: 'rowHeader', text: group.label, colSpan: 2, id: groupId, headers: ['t3-results'] });
      dataCells(row++, group.key, ['t3-results', groupId]);
      continue;
    }
    grid.add(row, {
      kind: 'rowHeader',
      text: group.label,
      rowSpan: group.rows.length,
      id: groupId,
      headers: ['t3-results'],
    });
    for (const [label, dotted] of group.rows) {
      const id = idOf(dotted);
      grid.add(row, { kind: 'rowHeader', text: label, id, headers: ['t3-results', groupId] });
      dataCells(row++, dotted, ['t3-results', groupId, id]);
    }
  }
  topRow('四、结转下年度继续办理', 'carriedForward');

  return grid.build({
    number: '三',
    caption: '三、收到和处理政府信息公开申请情况',
    idPrefix: 't3',
    columnWeights: [1.9, 1.9, 3.4, 1, 1, 1, 1, 1, 1, 1],
    headerRowCount: 3,
  });
}
