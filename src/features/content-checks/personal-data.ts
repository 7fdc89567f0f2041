// Personal data in text that is about to be published: 居民身份证 numbers (recognised by their
// GB 11643 check character), mobile phone numbers and bank card numbers (Luhn).
import { checkIdCardNumber, maskIdNumber, maskPhone } from '../applications/rules/id-card.ts';
import { checkCreditCode } from '../orgs/credit-code.ts';

export type PersonalDataKind = 'idCard' | 'mobile' | 'bankCard';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  text: string;
  start: number;
  end: number;
  suggestion: string;
}

// A run of digits (optionally grouped by single spaces or hyphens, as card and phone numbers
// are written), not touching other letters or digits.
const DIGIT_RUN = /(?<![0-9A-Za-z])(?:\+?86[- ]?)?\d(?:[- ]?\d){9,22}[Xx]?(?![0-9A-Za-z])/g;

const ID_SUGGESTION = (digits: string) =>
  `公民身份号码属于个人信息，公开前应删除或作去标识化处理（如 ${maskIdNumber(digits)}）`;
const MOBILE_SUGGESTION = (digits: string) =>
  `手机号码属于个人信息，公开前应删除或作去标识化处理（如 ${maskPhone(digits)}）；单位电话可保留`;
const BANK_SUGGESTION = (digits: string) =>
  `银行卡号属于个人信息，公开前应删除或只保留后四位（如 **** ${digits.slice(-4)}）`;

/** Luhn (ISO/IEC 7812) check over all the digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function isIdCardNumber(candidate: string): boolean {
  return /^\d{17}[\dX]$/i.test(candidate) && checkIdCardNumber(candidate).isValid;
}

/** 11 digits starting 13–19 (mainland mobile numbers), with or without +86. */
function mobileOf(compact: string): string | undefined {
  const m = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(compact);
  return m?.[1];
}

/** 16–19 digits, as issued by card schemes (3–6 first), passing Luhn. */
function isBankCard(compact: string): boolean {
  return /^[3-6]\d{15,18}$/.test(compact) && passesLuhn(compact);
}

function classify(raw: string, start: number): PersonalDataMatch | undefined {
  const end = start + raw.length;
  const compact = raw.replace(/[- ]/g, '');
  const upper = compact.toUpperCase();
  if (isIdCardNumber(upper)) return { kind: 'idCard', text: raw, start, end, suggestion: ID_SUGGESTION(upper) };
  const mobile = mobileOf(compact);
  if (mobile) return { kind: 'mobile', text: raw, start, end, suggestion: MOBILE_SUGGESTION(mobile) };
  // A 统一社会信用代码 made only of digits is an organisation's, not a person's.
  if (isBankCard(compact) && !(compact.length === 18 && checkCreditCode(compact).isValid))
    return { kind: 'bankCard', text: raw, start, end, suggestion: BANK_SUGGESTION(compact) };
  return undefined;
}

export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const runStart = match.index ?? 0;
    // The run may be one grouped number ("138 1234 5678") or several side by side
    // ("2023-04-03 13812345678"): take, from each group on, the longest span that is one.
    const groups = [...match[0].matchAll(/[^- ]+/g)].map((g) => ({
      start: runStart + (g.index ?? 0),
      end: runStart + (g.index ?? 0) + g[0].length,
    }));
    let i = 0;
    while (i < groups.length) {
      let hit: PersonalDataMatch | undefined;
      let j = groups.length - 1;
      for (; j >= i && !hit; j--) hit = classify(text.slice(groups[i].start, groups[j].end), groups[i].start);
      if (hit) {
        found.push(hit);
        i = j + 2;
      } else i += 1;
    }
  }
  return found;
}
