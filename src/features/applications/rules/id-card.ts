// 居民身份证号码 per GB 11643-1999, and masking of personal data for staff lists.
import { isIsoDate } from '../../calendar/iso-date.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdCardProblem = 'format' | 'birthDate' | 'checkDigit';

/** A problem is a warning for the officer to look at, never a refusal (people mistype, cards vary). */
export interface IdCardCheck {
  isValid: boolean;
  problem?: IdCardProblem;
  /** In Chinese, for the form. */
  warning?: string;
}

/** The check character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export function checkIdCardNumber(raw: string): IdCardCheck {
  const value = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(value)) {
    // First-generation cards: YYMMDD birth date, no check digit.
    const birth = `19${value.slice(6, 8)}-${value.slice(8, 10)}-${value.slice(10, 12)}`;
    if (!isIsoDate(birth))
      return { isValid: false, problem: 'birthDate', warning: `身份证号码中的出生日期 ${birth} 不存在，请核对` };
    return { isValid: true };
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { isValid: false, problem: 'format', warning: '身份证号码应为 18 位（最后一位可以是 X），请核对' };
  }
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1800-01-01') {
    return { isValid: false, problem: 'birthDate', warning: `身份证号码中的出生日期 ${birth} 不存在，请核对` };
  }
  const expected = idCardCheckChar(value);
  if (value[17] !== expected) {
    return {
      isValid: false,
      problem: 'checkDigit',
      warning: '身份证号码校验位不符，可能有输入错误，请核对（不影响提交）',
    };
  }
  return { isValid: true };
}

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  return (
    value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd)
  );
}

/** '412726199001011234' → '4127**********1234'; any ID type, keeping less of short numbers. */
export function maskIdNumber(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 9) return maskMiddle(trimmed, 4, 4);
  if (trimmed.length >= 3) return maskMiddle(trimmed, 1, 1);
  return '*'.repeat(trimmed.length);
}

/** '13812345678' → '138****5678'; '0394-1234567' → '0394-***4567'. */
export function maskPhone(value: string): string {
  const trimmed = value.trim();
  const mobile = /^(\+?86[- ]?)?(1\d{10})$/.exec(trimmed.replace(/\s/g, ''));
  if (mobile) return `${mobile[1] ?? ''}${maskMiddle(mobile[2], 3, 4)}`;
  const dash = trimmed.indexOf('-');
  if (dash > 0 && trimmed.length - dash - 1 > 4) {
    return trimmed.slice(0, dash + 1) + maskMiddle(trimmed.slice(dash + 1), 0, 4);
  }
  if (trimmed.length >= 8) return maskMiddle(trimmed, 3, 4);
  return maskIdNumber(trimmed);
}
