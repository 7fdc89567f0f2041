// The 21 decision types of table 三 (2021 template). Keys are the dotted paths under
// `applications` in the report schema, so a closed case lands in its row by key alone.

export const OUTCOME_KEYS = [
  'granted',
  'partiallyGranted',
  'withheld.stateSecret',
  'withheld.prohibitedByLaw',
  'withheld.endangersSecurity',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInformation',
  'withheld.enforcementFiles',
  'withheld.administrativeQuery',
  'unableToProvide.notHeld',
  'unableToProvide.needsCreation',
  'unableToProvide.unclearAfterCorrection',
  'notProcessed.petition',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'otherHandling.noCorrection',
  'otherHandling.feeUnpaid',
  'otherHandling.other',
] as const;

export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export type OutcomeGroup =
  | 'granted'
  | 'partiallyGranted'
  | 'withheld'
  | 'unableToProvide'
  | 'notProcessed'
  | 'otherHandling';

export interface OutcomeType {
  key: OutcomeKey;
  group: OutcomeGroup;
  /** The row as printed in table 三, e.g. '（三）不予公开 1.属于国家秘密'. */
  rowLabel: string;
  /** A short label for lists and forms. */
  label: string;
  /** The usual legal basis: articles of the 条例 (国务院令第711号) or other documents. */
  basis: string[];
  /** Where the basis is practice rather than an article that names this case. */
  note?: string;
}

const REGULATION = '《中华人民共和国政府信息公开条例》';

export const GROUP_LABELS: Record<OutcomeGroup, string> = {
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  withheld: '（三）不予公开',
  unableToProvide: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
};

function type(key: OutcomeKey, rowLabel: string, label: string, basis: string[], note?: string): OutcomeType {
  const group = key.split('.')[0] as OutcomeGroup;
  const entry: OutcomeType = { key, group, rowLabel, label, basis };
  if (note) entry.note = note;
  return entry;
}

export const OUTCOME_TYPES: readonly OutcomeType[] = [
  type(
    'granted',
    '（一）予以公开',
    '予以公开',
    ['第三十六条第（一）项', '第三十六条第（二）项'],
    '已主动公开的依第（一）项告知获取方式；可以公开的依第（二）项提供',
  ),
  type(
    'partiallyGranted',
    '（二）部分公开',
    '部分公开',
    ['第三十七条', '第三十六条第（三）项'],
    '区分处理的只计此项，不计其他情形',
  ),
  type('withheld.stateSecret', '（三）不予公开 1.属于国家秘密', '不予公开：属于国家秘密', [
    '第十四条',
    '第三十六条第（三）项',
  ]),
  type('withheld.prohibitedByLaw', '（三）不予公开 2.其他法律行政法规禁止公开', '不予公开：法律、行政法规禁止公开', [
    '第十四条',
    '第三十六条第（三）项',
  ]),
  type(
    'withheld.endangersSecurity',
    '（三）不予公开 3.危及“三安全一稳定”',
    '不予公开：危及国家安全、公共安全、经济安全、社会稳定',
    ['第十四条', '第三十六条第（三）项'],
  ),
  type(
    'withheld.thirdPartyRights',
    '（三）不予公开 4.保护第三方合法权益',
    '不予公开：涉及商业秘密、个人隐私等第三方合法权益',
    ['第十五条', '第三十二条', '第三十六条第（三）项'],
  ),
  type(
    'withheld.internalAffairs',
    '（三）不予公开 5.属于三类内部事务信息',
    '不予公开：人事管理、后勤管理、内部工作流程等内部事务信息',
    ['第十六条第一款', '第三十六条第（三）项'],
  ),
  type(
    'withheld.processInformation',
    '（三）不予公开 6.属于四类过程性信息',
    '不予公开：讨论记录、过程稿、磋商信函、请示报告等过程性信息',
    ['第十六条第二款', '第三十六条第（三）项'],
  ),
  type('withheld.enforcementFiles', '（三）不予公开 7.属于行政执法案卷', '不予公开：行政执法案卷信息', [
    '第十六条第二款',
    '第三十六条第（三）项',
  ]),
  type(
    'withheld.administrativeQuery',
    '（三）不予公开 8.属于行政查询事项',
    '不予公开：工商、不动产登记资料等有特别规定的查询事项',
    ['第三十六条第（七）项'],
  ),
  type(
    'unableToProvide.notHeld',
    '（四）无法提供 1.本机关不掌握相关政府信息',
    '无法提供：本机关不掌握相关政府信息',
    ['第三十六条第（四）项', '第三十六条第（五）项'],
    '信息不存在依第（四）项；不属于本机关负责公开的依第（五）项，能确定负责机关的应告知其名称和联系方式',
  ),
  type(
    'unableToProvide.needsCreation',
    '（四）无法提供 2.没有现成信息需要另行制作',
    '无法提供：没有现成信息，需要另行制作',
    ['第三十八条'],
  ),
  type(
    'unableToProvide.unclearAfterCorrection',
    '（四）无法提供 3.补正后申请内容仍不明确',
    '无法提供：补正后申请内容仍不明确',
    ['第三十条'],
    '补正后仍无法确定所需信息的，告知无法提供',
  ),
  type('notProcessed.petition', '（五）不予处理 1.信访举报投诉类申请', '不予处理：信访、举报、投诉类申请', [
    '第三十九条第一款',
  ]),
  type('notProcessed.repeated', '（五）不予处理 2.重复申请', '不予处理：重复申请', ['第三十六条第（六）项']),
  type('notProcessed.publication', '（五）不予处理 3.要求提供公开出版物', '不予处理：要求提供公开出版物', [
    '第三十九条第二款',
  ]),
  type('notProcessed.excessive', '（五）不予处理 4.无正当理由大量反复申请', '不予处理：无正当理由大量、反复申请', [
    '第三十五条',
  ]),
  type(
    'notProcessed.confirmation',
    '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
    '不予处理：要求确认或重新出具已获取的信息',
    ['第三十九条第一款'],
    '条例无专门条款，实践中参照第三十九条告知不作为政府信息公开申请处理，请按本机关口径核定',
  ),
  type(
    'otherHandling.noCorrection',
    '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '其他处理：逾期不补正',
    ['第三十条'],
  ),
  type(
    'otherHandling.feeUnpaid',
    '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '其他处理：逾期未缴纳信息处理费',
    ['第四十二条', '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）'],
  ),
  type(
    'otherHandling.other',
    '（六）其他处理 3.其他',
    '其他处理：其他（含申请人撤回申请）',
    [],
    '申请人撤回申请等，没有对应的条例条款',
  ),
];

const BY_KEY = new Map(OUTCOME_TYPES.map((entry) => [entry.key, entry]));

export function isOutcomeKey(value: string): value is OutcomeKey {
  return BY_KEY.has(value as OutcomeKey);
}

export function outcomeType(key: OutcomeKey): OutcomeType {
  const entry = BY_KEY.get(key);
  if (!entry) throw new RangeError(`未知的办理结果类型「${key}」`);
  return entry;
}

/** '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项' for reply letters. */
export function citeBasis(key: OutcomeKey): string {
  const articles = outcomeType(key).basis.filter((item) => item.startsWith('第'));
  const others = outcomeType(key).basis.filter((item) => !item.startsWith('第'));
  const parts = articles.length > 0 ? [`${REGULATION}${articles.join('、')}`] : [];
  return [...parts, ...others].join('和');
}

/** The outcomes a case reaches without a decision on the information itself. */
export const CLOSING_OUTCOMES = {
  correctionLapsed: 'otherHandling.noCorrection',
  feeLapsed: 'otherHandling.feeUnpaid',
  withdrawn: 'otherHandling.other',
} as const satisfies Record<string, OutcomeKey>;
