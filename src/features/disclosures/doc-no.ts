// 文号 (document number) as GB/T 9704 prints it: 机关代字 + year in 六角括号〔〕 + 序号 + 号,
// e.g. 扶工信〔2023〕12号. Typists often use 【】 [] （） instead, or pad the number with zeros.

export interface DocNoCheck {
  isValid: boolean;
  message?: string;
  /** A corrected form, when the fix is mechanical. */
  suggestion?: string;
}

const VALID = /^[\p{Script=Han}A-Za-z0-9]+〔(?:19|20)\d{2}〕[1-9]\d*号$/u;
const WRONG_BRACKETS = /[[【［(（<《{｛]\s*((?:19|20)\d{2})\s*[\]】］)）>》}｝]/u;

export function checkDocNo(raw: string): DocNoCheck {
  const docNo = raw.trim();
  if (VALID.test(docNo)) return { isValid: true };
  if (WRONG_BRACKETS.test(docNo)) {
    const suggestion = docNo.replace(WRONG_BRACKETS, '〔$1〕').replace(/〕0+(\d)/u, '〕$1');
    return {
      isValid: false,
      message: '文号中的年份应使用六角括号〔〕',
      suggestion: VALID.test(suggestion) ? suggestion : undefined,
    };
  }
  if (/〔(?:19|20)\d{2}〕0\d*号$/u.test(docNo)) {
    return {
      isValid: false,
      message: '文号的序号不编虚位（不在前面补 0）',
      suggestion: docNo.replace(/〕0+(\d)/u, '〕$1'),
    };
  }
  if (!/〔(?:19|20)\d{2}〕/u.test(docNo))
    return { isValid: false, message: '文号应含用六角括号〔〕括起的四位年份，如：扶工信〔2023〕12号' };
  if (!docNo.endsWith('号')) return { isValid: false, message: '文号应以“号”结尾，如：扶工信〔2023〕12号' };
  return { isValid: false, message: '文号格式应为：机关代字〔年份〕序号号，如：扶工信〔2023〕12号' };
}
