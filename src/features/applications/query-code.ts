import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: the code is read aloud on the phone and typed from paper receipts.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 10;

/** 10 characters from 31: about 8 × 10^14 codes, drawn with a CSPRNG. */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export function normalizeQueryCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function isQueryCodeShape(code: string): boolean {
  return code.length === QUERY_CODE_LENGTH && [...code].every((ch) => ALPHABET.includes(ch));
}
