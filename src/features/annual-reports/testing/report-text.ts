// Writes a report as plain text in the seed report's tab layout — a small, independent
// writer for building reader test inputs (which tests then damage: run digits together,
// tear labels, blank cells …). Not the official renderer.
import { TABLE3_ROW_LABELS } from '../check/cell-label.ts';
import { getCell, table3Rows } from '../check/cell-paths.ts';
import {
  type AnnualReport,
  APPLICANT_COLUMNS,
  OUTCOME_KEYS,
  type Proactive2019,
  type Proactive2021,
} from '../report.ts';

export interface ReportTextOptions {
  /** What separates the cells of tables 三 and 四: tabs (default), spaces, or nothing at all. */
  separator?: '\t' | ' ' | '';
}

const show = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function reportToText(report: AnnualReport, options: ReportTextOptions = {}): string {
  const sep = options.separator ?? '\t';
  const lines: string[] = [`${report.agency ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`, ''];
  lines.push('一、总体情况', report.sections.overview ?? '', '');
  lines.push('二、主动公开政府信息情况', ...table2Lines(report), '');
  lines.push('三、收到和处理政府信息公开申请情况');
  lines.push('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况');
  lines.push('\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计');
  for (const row of table3Rows(report.template)) {
    const values = APPLICANT_COLUMNS.map((c) => show(getCell(report, `applications.${row}.${c}`)));
    const label = (TABLE3_ROW_LABELS[row] ?? row).replace(/^（[三四五六]）[^ ]+ /, '');
    lines.push(`${label}${sep === '' ? '' : sep}${values.join(sep)}`);
  }
  lines.push('', '四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '\t未经复议直接起诉\t复议后起诉');
  lines.push(Array.from({ length: 3 }, () => '结果维持\t结果纠正\t其他结果\t尚未审结\t总计').join('\t'));
  const groups = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
  lines.push(groups.flatMap((g) => OUTCOME_KEYS.map((k) => show(report[g][k]))).join(sep === '' ? '\t' : sep), '');
  lines.push('五、存在的主要问题及改进情况', report.sections.problems ?? '', '');
  lines.push('六、其他需要报告的事项', report.sections.other ?? '', '');
  return lines.join('\n');
}

function table2Lines(report: AnnualReport): string[] {
  if (report.template === '2019') {
    const p = report.proactive as Proactive2019;
    const items = (label: string, r: Proactive2019['licensing']) =>
      `${label}\t${show(r.previousYearItems)}\t${show(r.change)}\t${show(r.decisions)}`;
    return [
      '第二十条第（一）项',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      `规章\t${show(p.regulations.newlyMade)}\t${show(p.regulations.newlyPublished)}\t${show(p.regulations.totalPublished)}`,
      `规范性文件\t${show(p.normativeDocuments.newlyMade)}\t${show(p.normativeDocuments.newlyPublished)}\t${show(p.normativeDocuments.totalPublished)}`,
      '第二十条第（五）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      items('行政许可', p.licensing),
      items('其他对外管理服务事项', p.otherServices),
      '第二十条第（六）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      items('行政处罚', p.penalty),
      items('行政强制', p.coercion),
      '第二十条第（八）项',
      '信息内容\t上一年项目数量\t本年增/减',
      `行政事业性收费\t${show(p.fees.previousYearItems)}\t${show(p.fees.change)}`,
      '第二十条第（九）项',
      '信息内容\t采购项目数量\t采购总金额',
      `政府集中采购\t${show(p.procurement.items)}\t${show(p.procurement.totalAmount)}`,
    ];
  }
  const p = report.proactive as Proactive2021;
  const docs = (label: string, d: Proactive2021['regulations']) =>
    `${label}\t${show(d.issued)}\t${show(d.abolished)}\t${show(d.inForce)}`;
  return [
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    docs('规章', p.regulations),
    docs('行政规范性文件', p.normativeDocuments),
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    `行政许可\t${show(p.licensing)}`,
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    `行政处罚\t${show(p.penalty)}`,
    `行政强制\t${show(p.coercion)}`,
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    `行政事业性收费\t${show(p.feesWanYuan)}`,
  ];
}
