import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkIdCardNumber, idCardCheckChar, maskIdNumber, maskPhone } from './id-card.ts';

describe('居民身份证 check digit (GB 11643)', () => {
  test('accepts the standard’s own examples, including an X check character', () => {
    assert.deepEqual(checkIdCardNumber('11010519491231002X'), { isValid: true });
    assert.deepEqual(checkIdCardNumber('11010519491231002x'), { isValid: true });
    assert.deepEqual(checkIdCardNumber('440524188001010014'), { isValid: true });
  });

  test('a wrong check digit is a warning with a Chinese message, not an exception', () => {
    const result = checkIdCardNumber('412726199001011234');
    assert.equal(result.isValid, false);
    assert.equal(result.problem, 'checkDigit');
    assert.match(result.warning ?? '', /校验位不符/);
    assert.deepEqual(checkIdCardNumber(`41272619900101123${idCardCheckChar('41272619900101123')}`), { isValid: true });
  });

  test('every single-digit typo in a valid number is caught', () => {
    const valid = '11010519491231002X';
    for (let position = 0; position < 17; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === valid[position]) continue;
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        assert.equal(checkIdCardNumber(typo).isValid, false, typo);
      }
    }
  });

  test('flags a wrong length and an impossible birth date', () => {
    assert.equal(checkIdCardNumber('4127261990010112').problem, 'format');
    assert.equal(checkIdCardNumber('412726199002301234').problem, 'birthDate');
    assert.equal(checkIdCardNumber('412726900230123').problem, 'birthDate');
    assert.deepEqual(checkIdCardNumber('412726900101123'), { isValid: true });
  });
});

describe('masking personal data', () => {
  test('an ID number keeps its first and last four characters', () => {
    assert.equal(maskIdNumber('412726199001011234'), '4127**********1234');
    assert.equal(maskIdNumber('E12345678'), 'E123*5678');
    assert.equal(maskIdNumber('AB123'), 'A***3');
  });

  test('a mobile number keeps 3 + 4 digits; a landline its area code and last four', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('138 1234 5678'), '138****5678');
    assert.equal(maskPhone('0394-1234567'), '0394-***4567');
  });

  test('no mask shows the full middle of the number', () => {
    for (const value of ['412726199001011234', '13812345678', '0394-1234567']) {
      const masked = value.length > 11 ? maskIdNumber(value) : maskPhone(value);
      assert.equal(masked.length, value.length);
      assert.notEqual(masked, value);
      assert.ok(!masked.includes(value.slice(4, value.length - 4)));
    }
  });
});
