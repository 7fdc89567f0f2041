// 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, Z,
// S, V); the last is a check character over the first 17 (weights 3^i mod 31).

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'character' | 'checkCharacter';

export interface CreditCodeCheck {
  isValid: boolean;
  /** The code upper-cased and trimmed, as it should be stored. */
  normalized: string;
  problem?: CreditCodeProblem;
  /** In Chinese, naming what is wrong. */
  message?: string;
}

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value === -1) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(raw: string): CreditCodeCheck {
  const normalized = raw.trim().toUpperCase();
  if (normalized.length !== 18) {
    return {
      isValid: false,
      normalized,
      problem: 'length',
      message: `统一社会信用代码应为 18 位，当前为 ${normalized.length} 位`,
    };
  }
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(normalized[i])) {
      return {
        isValid: false,
        normalized,
        problem: 'character',
        message: `统一社会信用代码第 ${i + 1} 位「${normalized[i]}」不是允许的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）`,
      };
    }
  }
  if (creditCodeCheckChar(normalized) !== normalized[17]) {
    return {
      isValid: false,
      normalized,
      problem: 'checkCharacter',
      message: '统一社会信用代码校验位不符，请核对是否输入有误',
    };
  }
  return { isValid: true, normalized };
}
