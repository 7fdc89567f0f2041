import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { passwordPolicyProblem } from '../../../src/features/auth/password.ts';
import { checkPassword } from './password-policy.ts';

describe('修改密码页的密码要求', () => {
  test('与服务器的密码策略结论一致（任意字符串）', () => {
    const chars = fc.constantFrom(...'aZ9#xY \t汉字é'.split(''), 'A', 'b', '0', '!');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 140 }),
          fc.array(chars, { maxLength: 140 }).map((a) => a.join('')),
        ),
        (password) => {
          assert.equal(
            checkPassword(password).isValid,
            passwordPolicyProblem(password) === null,
            JSON.stringify(password),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('缺少第三类字符时指出只有两类', () => {
    const check = checkPassword('abcdefghij12');
    assert.equal(check.isLongEnough, true);
    assert.equal(check.classCount, 2);
    assert.equal(check.isValid, false);
  });
});
