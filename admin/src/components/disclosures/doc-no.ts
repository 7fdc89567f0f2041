// 文号 as GB/T 9704 prints it: 机关代字〔年份〕序号号, e.g. 扶工信〔2023〕12号. The same check as the
// server's (features/disclosures/doc-no.ts), run as the user types; the server checks again.
const VALID = /^[\p{Script=Han}A-Za-z0-9]+〔(?:19|20)\d{2}〕[1-9]\d*号$/u;
const WRONG_BRACKETS = /[[【［(（<《{｛]\s*((?:19|20)\d{2})\s*[\]】］)）>》}｝]/u;

/** The problem with a 文号, with the corrected form when the fix is mechanical; null when fine. */
export function docNoProblem(raw: string): string | null {
  const docNo = raw.trim();
  if (docNo === '' || VALID.test(docNo)) return null;
  if (WRONG_BRACKETS.test(docNo)) {
    const suggestion = docNo.replace(WRONG_BRACKETS, '〔$1〕').replace(/〕0+(\d)/u, '〕$1');
    return `文号中的年份应使用六角括号〔〕${VALID.test(suggestion) ? `，应为：${suggestion}` : ''}`;
  }
  if (/〔(?:19|20)\d{2}〕0\d*号$/u.test(docNo))
    return `文号的序号不编虚位（不在前面补 0），应为：${docNo.replace(/〕0+(\d)/u, '〕$1')}`;
  if (!/〔(?:19|20)\d{2}〕/u.test(docNo)) return '文号应含用六角括号〔〕括起的四位年份，如：扶工信〔2023〕12号';
  if (!docNo.endsWith('号')) return '文号应以“号”结尾，如：扶工信〔2023〕12号';
  return '文号格式应为：机关代字〔年份〕序号号，如：扶工信〔2023〕12号';
}
