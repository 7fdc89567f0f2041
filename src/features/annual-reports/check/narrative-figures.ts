// Figures stated in the narrative (“全年收到政府信息公开申请34件”, “行政复议案件2件”). The
// checker compares them with the tables (C3); the reader uses the document counts to choose
// between readings of run-together digits in table 二, which has no sums to check.

export type FigureKind =
  | 'received'
  | 'carriedOver'
  | 'handled'
  | 'granted'
  | 'partiallyGranted'
  | 'withheld'
  | 'unableToProvide'
  | 'notProcessed'
  | 'otherHandling'
  | 'carriedForward'
  | 'reconsideration'
  | 'litigation';

export interface StatedFigure {
  kind: FigureKind;
  value: number;
  /** The words as printed, for the warning message. */
  quote: string;
}

const GAP = '[^。；，,、\\d\\n]';
const NUMBER = '(\\d+)\\s*件';

const FORWARD: [FigureKind, RegExp][] = [
  ['received', new RegExp(`(?:收到|受理|新收)${GAP}{0,20}?申请${GAP}{0,4}?${NUMBER}`, 'g')],
  ['carriedOver', new RegExp(`上年结转${GAP}{0,16}?${NUMBER}`, 'g')],
  ['handled', new RegExp(`办结${GAP}{0,12}?${NUMBER}`, 'g')],
  ['granted', new RegExp(`(?:予以公开|同意公开)${GAP}{0,8}?${NUMBER}`, 'g')],
  ['partiallyGranted', new RegExp(`部分公开${GAP}{0,8}?${NUMBER}`, 'g')],
  ['withheld', new RegExp(`不予公开${GAP}{0,8}?${NUMBER}`, 'g')],
  ['unableToProvide', new RegExp(`无法提供${GAP}{0,8}?${NUMBER}`, 'g')],
  ['notProcessed', new RegExp(`不予处理${GAP}{0,8}?${NUMBER}`, 'g')],
  ['otherHandling', new RegExp(`其他处理${GAP}{0,8}?${NUMBER}`, 'g')],
  ['carriedForward', new RegExp(`(?:结转下一?年度?|转下一?年度?|结转至下一?年度?)${GAP}{0,16}?${NUMBER}`, 'g')],
  ['reconsideration', new RegExp(`行政(?:法)?复议(?:案件)?${GAP}{0,8}?${NUMBER}`, 'g')],
  ['litigation', new RegExp(`行政诉讼(?:案件)?${GAP}{0,8}?${NUMBER}`, 'g')],
];

// “有 1 件涉及政府信息公开工作的行政复议”: the number before the words.
const BACKWARD: [FigureKind, RegExp][] = [
  ['reconsideration', new RegExp(`${NUMBER}${GAP}{0,16}?行政复议`, 'g')],
  ['litigation', new RegExp(`${NUMBER}${GAP}{0,16}?行政诉讼`, 'g')],
];

// Clauses that look like a figure but count something else.
const EXCLUDED = /其中|同意公开答复.*办结|办结率|比上年|同比|增长|下降|人次|万元/;

export function statedFigures(narrative: string): StatedFigure[] {
  const text = narrative.replace(/\s+/g, (ws) => (ws.includes('\n') ? '' : ' '));
  const figures: StatedFigure[] = [];
  for (const [kind, pattern] of [...FORWARD, ...BACKWARD]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (EXCLUDED.test(m[0]) || (kind === 'handled' && /中/.test(m[0]))) continue;
      figures.push({ kind, value: Number(m[1]), quote: m[0] });
    }
  }
  return figures;
}

export interface DocumentFigures {
  issued: number[];
  abolished: number[];
  inForce: number[];
}

/** Counts of 规章 / 规范性文件 stated in the narrative, clause by clause. */
export function statedDocumentFigures(narrative: string): {
  regulations: DocumentFigures;
  normativeDocuments: DocumentFigures;
} {
  const result = {
    regulations: { issued: [], abolished: [], inForce: [] } as DocumentFigures,
    normativeDocuments: { issued: [], abolished: [], inForce: [] } as DocumentFigures,
  };
  for (const clause of narrative.replace(/\s+/g, '').split(/[。；，,]/)) {
    const row = /规范性文件/.test(clause) ? result.normativeDocuments : /规章/.test(clause) ? result.regulations : null;
    if (!row) continue;
    const value = clause.match(/(\d+)件/);
    if (!value) continue;
    const n = Number(value[1]);
    if (/现行有效/.test(clause)) row.inForce.push(n);
    else if (/废止|失效/.test(clause)) row.abolished.push(n);
    else if (/制发|印发|出台|新制定|制定/.test(clause)) row.issued.push(n);
  }
  return result;
}
