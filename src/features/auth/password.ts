import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 10;
const MAX_LENGTH = 128;

const CLASSES = [
  { name: '小写字母', test: /[a-z]/ },
  { name: '大写字母', test: /[A-Z]/ },
  { name: '数字', test: /[0-9]/ },
  { name: '符号', test: /[^A-Za-z0-9]/ },
] as const;

/** Returns the Chinese reason a password breaks the policy, or null when it is acceptable. */
export function passwordPolicyProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`;
  if (password.length > MAX_LENGTH) return `密码不能超过 ${MAX_LENGTH} 个字符`;
  if (/\s/.test(password)) return '密码不能包含空格或换行';
  const present = CLASSES.filter((c) => c.test.test(password)).length;
  if (present < 3) return '密码需包含小写字母、大写字母、数字、符号中的至少三类';
  return null;
}

/** argon2id with the library's defaults (19 MiB, 2 passes): the OWASP baseline. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

// Characters that are hard to confuse when read aloud or copied from paper (no 0/O, 1/l/I).
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%^&*-_=+?';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)];
}

/** A random 14-character password that always satisfies the policy (all four classes). */
export function generatePassword(length = 14): string {
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < Math.max(length, PASSWORD_MIN_LENGTH)) chars.push(pick(ALL));
  // Fisher–Yates so the guaranteed classes are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
