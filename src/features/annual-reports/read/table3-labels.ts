// Recognises which row of table 三 a label belongs to, from the words that survive damage
// (torn, run together, variant wording). The label that ends last wins: in flattened text the
// header and the previous rows' words come first, the row's own label right before its digits.
import type { TemplateYear } from '../report.ts';

const ROW_PATTERNS: [string, RegExp][] = [
  ['received', /本年新收|新收政府信息|本年收到/g],
  ['carriedOver', /上年结转/g],
  ['granted', /予以公开/g],
  ['partiallyGranted', /部分公开/g],
  ['withheld.stateSecret', /国家秘密/g],
  ['withheld.prohibitedByLaw', /法律行政法规禁止公开|行政法规禁止|禁止公开/g],
  ['withheld.endangersSecurity', /三安全一稳定|危及/g],
  ['withheld.thirdPartyRights', /第三方合法权益|保护第三方/g],
  ['withheld.internalAffairs', /内部事务/g],
  ['withheld.processInformation', /过程性信息|过程性/g],
  ['withheld.enforcementFiles', /行政执法案卷|执法案卷/g],
  ['withheld.administrativeQuery', /行政查询/g],
  ['unableToProvide.notHeld', /不掌握/g],
  ['unableToProvide.needsCreation', /另行制作|没有现成/g],
  ['unableToProvide.unclearAfterCorrection', /补正后|仍不明确/g],
  ['notProcessed.petition', /信访|举报投诉/g],
  ['notProcessed.repeated', /重复申请/g],
  ['notProcessed.publication', /公开出版物/g],
  ['notProcessed.excessive', /大量反复/g],
  ['notProcessed.confirmation', /重新出具|确认或/g],
  ['otherHandling.noCorrection', /逾期不补正|不补正/g],
  ['otherHandling.feeUnpaid', /收费通知|缴纳费用/g],
  ['handledTotal', /总计/g],
  ['carriedForward', /结转下年度|下年度继续办理|转下年度/g],
];

// “3.其他” only when it is the whole tail of the label (not 其他法律…, 其他组织, 其他情形).
const OTHER_HANDLING = /(?:^|[^\u4e00-\u9fff]|处理)(?:3[.、]?)?其他[：:]?$/;
const ALL_OTHER_HANDLING = /其他处理/g;

interface Match {
  key: string;
  end: number;
  length: number;
}

export function table3RowOfLabel(label: string, template: TemplateYear): string | null {
  const text = label.replace(/[\s|]+/g, '').replace(/[，,。；;：:]+$/, '');
  if (text === '') return null;
  const matches: Match[] = [];
  const collect = (key: string, pattern: RegExp) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      matches.push({ key, end: m.index + m[0].length, length: m[0].length });
  };
  for (const [key, pattern] of ROW_PATTERNS) collect(key, pattern);
  if (template === '2021' && OTHER_HANDLING.test(text))
    matches.push({ key: 'otherHandling.other', end: text.length + 1, length: 2 });
  if (template === '2019') collect('otherHandling.all', ALL_OTHER_HANDLING);
  if (matches.length === 0) return null;
  const best = matches.reduce((p, q) => (q.end > p.end || (q.end === p.end && q.length > p.length) ? q : p));
  if (template === '2019' && best.key.startsWith('otherHandling.')) return 'otherHandling.all';
  return best.key;
}
