// Rules on the narrative: C3 (figures in the text agree with the tables), C4 (fees are
// reported), C6 (every part is there; a government also reports 考核、评议、追究).
import type { AnnualReport, Diagnostic } from '../report.ts';
import { cellLabel, SECTION_LABELS } from './cell-label.ts';
import { getCount, table2Paths, table3Paths, table3Rows, table4Paths } from './cell-paths.ts';
import { type FigureKind, statedDocumentFigures, statedFigures } from './narrative-figures.ts';

function narrativeOf(report: AnnualReport): string {
  return Object.values(report.sections).join('\n');
}

function totalOf(report: AnnualReport, rows: string[]): number | null {
  const values = rows.map((r) => getCount(report, `applications.${r}.total`));
  return values.every((v) => v !== null) ? (values as number[]).reduce((n, v) => n + v, 0) : null;
}

/** What the table says for each kind of stated figure (several readings are acceptable). */
function tableValues(
  report: AnnualReport,
  kind: FigureKind,
): { values: number[]; cells: string[]; described: string } | null {
  const rows = table3Rows(report.template);
  const group = (prefix: string) => rows.filter((r) => r.startsWith(`${prefix}.`));
  const t = (r: string) => `applications.${r}.total`;
  const single = (row: string) => {
    const v = getCount(report, t(row));
    return v === null ? null : { values: [v], cells: [t(row)], described: `${cellLabel(t(row))} 为 ${v}` };
  };
  const summed = (prefix: string, label: string) => {
    const v = totalOf(report, group(prefix));
    return v === null ? null : { values: [v], cells: group(prefix).map(t), described: `表三${label}各项合计 ${v}` };
  };
  switch (kind) {
    case 'received': {
      const [r, o] = [getCount(report, t('received')), getCount(report, t('carriedOver'))];
      if (r === null) return null;
      const values = o === null ? [r] : [r, r + o];
      return {
        values,
        cells: [t('received'), t('carriedOver')],
        described: `表三新收 ${r}${o === null ? '' : `（加上年结转为 ${r + o}）`}`,
      };
    }
    case 'carriedOver':
      return single('carriedOver');
    case 'handled':
      return single('handledTotal');
    case 'granted':
      return single('granted');
    case 'partiallyGranted':
      return single('partiallyGranted');
    case 'withheld':
      return summed('withheld', '（三）不予公开');
    case 'unableToProvide':
      return summed('unableToProvide', '（四）无法提供');
    case 'notProcessed':
      return summed('notProcessed', '（五）不予处理');
    case 'otherHandling':
      return summed('otherHandling', '（六）其他处理');
    case 'carriedForward':
      return single('carriedForward');
    case 'reconsideration': {
      const v = getCount(report, 'reconsideration.total');
      return v === null ? null : { values: [v], cells: ['reconsideration.total'], described: `表四行政复议总计 ${v}` };
    }
    case 'litigation': {
      const [d, r] = [
        getCount(report, 'litigationDirect.total'),
        getCount(report, 'litigationAfterReconsideration.total'),
      ];
      if (d === null || r === null) return null;
      return {
        values: [d + r, d, r],
        cells: ['litigationDirect.total', 'litigationAfterReconsideration.total'],
        described: `表四行政诉讼合计 ${d + r}`,
      };
    }
  }
}

export function checkC3(report: AnnualReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  const narrative = narrativeOf(report);
  const seen = new Set<string>();
  for (const figure of statedFigures(narrative)) {
    const key = `${figure.kind}:${figure.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const table = tableValues(report, figure.kind);
    if (!table || table.values.includes(figure.value)) continue;
    out.push({
      severity: 'warning',
      rule: 'C3',
      cells: table.cells,
      message: `正文称“${figure.quote}”，与${table.described}不符`,
      expected: table.values[0],
      actual: figure.value,
    });
  }
  if (report.template === '2021') out.push(...checkDocumentFigures(report, narrative));
  return out;
}

function checkDocumentFigures(report: AnnualReport, narrative: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stated = statedDocumentFigures(narrative);
  for (const row of ['regulations', 'normativeDocuments'] as const) {
    for (const field of ['issued', 'abolished', 'inForce'] as const) {
      const path = `proactive.${row}.${field}`;
      const value = getCount(report, path);
      const figures = stated[row][field];
      if (value === null || figures.length === 0 || figures.includes(value)) continue;
      out.push({
        severity: 'warning',
        rule: 'C3',
        cells: [path],
        message: `正文所述 ${figures.join('、')} 件与${cellLabel(path)} ${value} 不符`,
        expected: value,
        actual: figures[0],
      });
    }
  }
  return out;
}

export function checkC4(report: AnnualReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  const other = report.sections.other ?? '';
  const feeUnpaid = getCount(report, 'applications.otherHandling.feeUnpaid.total');
  if (feeUnpaid !== null && feeUnpaid > 0 && !/信息处理费|处理费/.test(other)) {
    out.push({
      severity: 'warning',
      rule: 'C4',
      cells: ['applications.otherHandling.feeUnpaid.total', 'sections.other'],
      message: `有 ${feeUnpaid} 件申请因逾期未缴纳信息处理费不再处理，但“六、其他需要报告的事项”没有说明信息处理费的收取情况`,
    });
  } else if (other !== '' && !/费/.test(other)) {
    out.push({
      severity: 'warning',
      rule: 'C4',
      cells: ['sections.other'],
      message: '六、其他需要报告的事项：没有说明信息处理费的收取情况（发出收费通知的件数和总金额）',
    });
  }
  return out;
}

export function checkC6(report: AnnualReport, isGovernment: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of ['overview', 'problems', 'other']) {
    if ((report.sections[key] ?? '').trim() !== '') continue;
    out.push({
      severity: 'warning',
      rule: 'C6',
      cells: [`sections.${key}`],
      message: `缺少“${SECTION_LABELS[key]}”部分或该部分为空`,
    });
  }
  const tables: [string, readonly string[]][] = [
    ['二、主动公开政府信息情况', table2Paths(report.template)],
    ['三、收到和处理政府信息公开申请情况', table3Paths(report.template)],
    ['四、政府信息公开行政复议、行政诉讼情况', table4Paths()],
  ];
  for (const [label, paths] of tables) {
    if (paths.some((p) => getCount(report, p) !== null)) continue;
    out.push({ severity: 'warning', rule: 'C6', cells: [], message: `缺少“${label}”表格，或表中没有任何数字` });
  }
  if (isGovernment) {
    const text = narrativeOf(report);
    const missing = [
      ['工作考核', /考核/],
      ['社会评议', /评议/],
      ['责任追究', /责任追究|追责/],
    ].filter(([, p]) => !(p as RegExp).test(text));
    if (missing.length > 0) {
      out.push({
        severity: 'warning',
        rule: 'C6',
        cells: ['sections.overview'],
        message: `政府的年度报告应说明政府信息公开工作考核、社会评议和责任追究结果，正文未提及：${missing.map(([w]) => w).join('、')}`,
      });
    }
  }
  return out;
}
