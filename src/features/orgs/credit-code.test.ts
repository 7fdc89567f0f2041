import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CREDIT_CODE_ALPHABET, checkCreditCode, creditCodeCheckChar } from './credit-code.ts';

// Codes as published in business registrations and in GB 32100's example. A random 18th
// character would pass only 1 time in 31, so all of these passing checks the weights and alphabet.
const PUBLISHED = [
  '91350100M000100Y43',
  '91110000600037341L',
  '914403001922038216',
  '91110108551385082Q',
  '91440300708461136T',
  '91330100716105852F',
  '12100000400000624D',
];

describe('统一社会信用代码 (GB 32100-2015)', () => {
  test('accepts published codes', () => {
    for (const code of PUBLISHED) assert.deepEqual(checkCreditCode(code), { isValid: true, normalized: code }, code);
  });

  test('trims and upper-cases before checking', () => {
    assert.deepEqual(checkCreditCode(' 91350100m000100y43 '), { isValid: true, normalized: '91350100M000100Y43' });
  });

  test('the alphabet has 31 characters and leaves out I, O, Z, S, V', () => {
    assert.equal(CREDIT_CODE_ALPHABET.length, 31);
    for (const letter of 'IOZSV') assert.equal(CREDIT_CODE_ALPHABET.includes(letter), false);
  });

  test('a wrong check character is refused with a Chinese message', () => {
    const result = checkCreditCode('91350100M000100Y44');
    assert.equal(result.problem, 'checkCharacter');
    assert.match(result.message ?? '', /校验位不符/);
  });

  test('every single-character change and every swap of neighbours in the first 17 is caught', () => {
    const code = PUBLISHED[0];
    for (let i = 0; i < 17; i++) {
      for (const replacement of CREDIT_CODE_ALPHABET) {
        if (replacement === code[i]) continue;
        const changed = code.slice(0, i) + replacement + code.slice(i + 1);
        assert.equal(checkCreditCode(changed).isValid, false, changed);
      }
      if (i < 16 && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        assert.equal(checkCreditCode(swapped).isValid, false, swapped);
      }
    }
  });

  test('names the position of a forbidden letter, and a wrong length', () => {
    const letter = checkCreditCode('91350100O000100Y43');
    assert.equal(letter.problem, 'character');
    assert.match(letter.message ?? '', /第 9 位「O」/);
    assert.match(checkCreditCode('9135010').message ?? '', /应为 18 位，当前为 7 位/);
    assert.equal(creditCodeCheckChar('9135010OM00010OY4'), null);
  });
});
