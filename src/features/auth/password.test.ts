import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterFailedAttempt, isLocked, LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from './lockout.ts';
import { generatePassword, hashPassword, passwordPolicyProblem, verifyPassword } from './password.ts';

describe('password policy', () => {
  test('accepts 10+ characters with three of the four classes', () => {
    assert.equal(passwordPolicyProblem('abcdefgh12'), '密码需包含小写字母、大写字母、数字、符号中的至少三类');
    assert.equal(passwordPolicyProblem('abcdefgH12'), null);
    assert.equal(passwordPolicyProblem('abcdefgh1!'), null);
    assert.equal(passwordPolicyProblem('ABCDEFGH1!'), null);
    assert.equal(passwordPolicyProblem('长城长城长城Ab1!'), null);
  });

  test('refuses short passwords with a Chinese message naming the minimum', () => {
    assert.match(passwordPolicyProblem('Ab1!Ab1!x') ?? '', /至少需要 10 个字符/);
  });

  test('refuses passwords of only one or two classes', () => {
    for (const weak of ['aaaaaaaaaaaa', 'AAAAAAAAAAAA', '123456789012', 'abcdef123456', 'Abcdefghijkl']) {
      assert.ok(passwordPolicyProblem(weak), weak);
    }
  });

  test('refuses whitespace', () => {
    assert.match(passwordPolicyProblem('Abcdefg 123') ?? '', /空格/);
  });

  test('generated passwords always satisfy the policy and differ', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const password = generatePassword();
      assert.equal(passwordPolicyProblem(password), null, password);
      assert.ok(password.length >= 14);
      seen.add(password);
    }
    assert.equal(seen.size, 500);
  });
});

describe('password hashing', () => {
  test('uses argon2id, salts each hash and verifies only the right password', async () => {
    const a = await hashPassword('Correct-Horse1');
    const b = await hashPassword('Correct-Horse1');
    assert.match(a, /^\$argon2id\$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword(a, 'Correct-Horse1'), true);
    assert.equal(await verifyPassword(a, 'correct-horse1'), false);
  });

  test('a malformed stored hash never matches', async () => {
    assert.equal(await verifyPassword('not-a-hash', 'anything'), false);
  });
});

describe('lockout rules', () => {
  const t0 = new Date('2026-03-02T08:00:00+08:00');

  test(`locks for ${LOCKOUT_MINUTES} minutes on the ${MAX_FAILED_ATTEMPTS}th consecutive failure`, () => {
    let state = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      state = afterFailedAttempt(state, t0);
      assert.equal(state.failedAttempts, i);
      assert.equal(isLocked(state, t0), false);
    }
    state = afterFailedAttempt(state, t0);
    assert.equal(isLocked(state, t0), true);
    assert.equal(isLocked(state, new Date(t0.getTime() + 14 * 60_000)), true);
    assert.equal(isLocked(state, new Date(t0.getTime() + 15 * 60_000)), false);
  });

  test('after the lock lifts the count starts again', () => {
    const expired = { failedAttempts: 3, lockedUntil: new Date(t0.getTime() - 1) };
    assert.deepEqual(afterFailedAttempt(expired, t0), { failedAttempts: 1, lockedUntil: null });
  });
});
