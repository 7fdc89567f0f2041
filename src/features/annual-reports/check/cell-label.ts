// Names a dotted cell path the way the national form prints it, so an officer can find
// the cell: cellLabel('applications.handledTotal.naturalPerson') → “三、（七）总计 / 自然人”.
import { APPLICANT_COLUMN_LABELS, type ApplicantColumn } from '../report.ts';

export const TABLE3_ROW_LABELS: Record<string, string> = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  'withheld.stateSecret': '（三）不予公开 1.属于国家秘密',
  'withheld.prohibitedByLaw': '（三）不予公开 2.其他法律行政法规禁止公开',
  'withheld.endangersSecurity': '（三）不予公开 3.危及“三安全一稳定”',
  'withheld.thirdPartyRights': '（三）不予公开 4.保护第三方合法权益',
  'withheld.internalAffairs': '（三）不予公开 5.属于三类内部事务信息',
  'withheld.processInformation': '（三）不予公开 6.属于四类过程性信息',
  'withheld.enforcementFiles': '（三）不予公开 7.属于行政执法案卷',
  'withheld.administrativeQuery': '（三）不予公开 8.属于行政查询事项',
  'unableToProvide.notHeld': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unableToProvide.needsCreation': '（四）无法提供 2.没有现成信息需要另行制作',
  'unableToProvide.unclearAfterCorrection': '（四）无法提供 3.补正后申请内容仍不明确',
  'notProcessed.petition': '（五）不予处理 1.信访举报投诉类申请',
  'notProcessed.repeated': '（五）不予处理 2.重复申请',
  'notProcessed.publication': '（五）不予处理 3.要求提供公开出版物',
  'notProcessed.excessive': '（五）不予处理 4.无正当理由大量反复申请',
  'notProcessed.confirmation': '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.noCorrection': '（六）其他处理 1.申请人无正当理由逾期不补正',
  'otherHandling.feeUnpaid': '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用',
  'otherHandling.other': '（六）其他处理 3.其他',
  'otherHandling.all': '（六）其他处理',
  handledTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

const TABLE2_ROWS: Record<string, string> = {
  regulations: '第二十条第（一）项 规章',
  normativeDocuments: '第二十条第（一）项 行政规范性文件',
  licensing: '第二十条第（五）项 行政许可',
  otherServices: '第二十条第（五）项 其他对外管理服务事项',
  penalty: '第二十条第（六）项 行政处罚',
  coercion: '第二十条第（六）项 行政强制',
  feesWanYuan: '第二十条第（八）项 行政事业性收费',
  fees: '第二十条第（八）项 行政事业性收费',
  procurement: '第二十条第（九）项 政府集中采购',
};

const TABLE2_COLUMNS: Record<string, string> = {
  issued: '本年制发件数',
  abolished: '本年废止件数',
  inForce: '现行有效件数',
  newlyMade: '本年新制作数量',
  newlyPublished: '本年新公开数量',
  totalPublished: '对外公开总数量',
  previousYearItems: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  items: '采购项目数量',
  totalAmount: '采购总金额',
};

const OUTCOME_GROUP_LABELS: Record<string, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼 未经复议直接起诉',
  litigationAfterReconsideration: '行政诉讼 复议后起诉',
};

export const OUTCOME_LABELS: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export const SECTION_LABELS: Record<string, string> = {
  preamble: '引言',
  overview: '一、总体情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

const TOP_LEVEL: Record<string, string> = {
  agency: '报告机关',
  year: '报告年度',
  publishedOn: '发布日期',
  template: '报告格式',
};

export function cellLabel(path: string): string {
  const [head, ...rest] = path.split('.');
  if (head === 'applications') return applicationLabel(rest);
  if (head === 'proactive') return proactiveLabel(rest);
  if (head in OUTCOME_GROUP_LABELS) {
    const group = `四、${OUTCOME_GROUP_LABELS[head]}`;
    return rest[0] ? `${group} / ${OUTCOME_LABELS[rest[0]] ?? rest[0]}` : group;
  }
  if (head === 'sections') return SECTION_LABELS[rest[0]] ?? rest.join('.');
  return TOP_LEVEL[head] ?? path;
}

function applicationLabel(keys: string[]): string {
  const last = keys[keys.length - 1];
  const isColumn = last in APPLICANT_COLUMN_LABELS;
  const rowKey = (isColumn ? keys.slice(0, -1) : keys).join('.');
  const row = TABLE3_ROW_LABELS[rowKey] ?? rowKey;
  return isColumn ? `三、${row} / ${APPLICANT_COLUMN_LABELS[last as ApplicantColumn]}` : `三、${row}`;
}

function proactiveLabel(keys: string[]): string {
  const [row, column] = keys;
  const rowLabel = `二、${TABLE2_ROWS[row] ?? row}`;
  if (row === 'feesWanYuan') return `${rowLabel} / 本年收费金额（单位：万元）`;
  if (!column) return ['licensing', 'penalty', 'coercion'].includes(row) ? `${rowLabel} / 本年处理决定数量` : rowLabel;
  return `${rowLabel} / ${TABLE2_COLUMNS[column] ?? column}`;
}
