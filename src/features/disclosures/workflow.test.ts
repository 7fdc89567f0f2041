import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../core/app-error.ts';
import type { Role } from '../auth/roles.ts';
import type { ItemState } from './disclosure.tables.ts';
import {
  checkCommand,
  failedChecks,
  ITEM_STATES,
  rolesFor,
  WORKFLOW_COMMANDS,
  type WorkflowCommand,
} from './workflow.ts';

const as = (role: Role) => (roles: readonly Role[]) => roles.includes(role);
const codeOf = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('disclosure workflow rules', () => {
  test('the happy path passes each step to its own role', () => {
    const path: [WorkflowCommand, ItemState, Role][] = [
      ['submit', 'draft', 'clerk'],
      ['review', 'submitted', 'reviewer'],
      ['approve', 'reviewed', 'approver'],
      ['publish', 'approved', 'approver'],
    ];
    for (const [command, state, role] of path)
      assert.equal(
        codeOf(() => checkCommand(command, { state, isPublic: false }, as(role))),
        null,
        command,
      );
  });

  test('a clerk may neither review nor approve, a reviewer may not approve', () => {
    assert.equal(
      codeOf(() => checkCommand('review', { state: 'submitted', isPublic: false }, as('clerk'))),
      'FORBIDDEN',
    );
    assert.equal(
      codeOf(() => checkCommand('approve', { state: 'reviewed', isPublic: false }, as('clerk'))),
      'FORBIDDEN',
    );
    assert.equal(
      codeOf(() => checkCommand('approve', { state: 'reviewed', isPublic: false }, as('reviewer'))),
      'FORBIDDEN',
    );
    assert.equal(
      codeOf(() => checkCommand('withdraw', { state: 'published', isPublic: true }, as('clerk'))),
      'FORBIDDEN',
    );
  });

  test('skipping a step is a conflict with a Chinese message', () => {
    try {
      checkCommand('approve', { state: 'submitted', isPublic: false }, as('approver'));
      assert.fail('should refuse');
    } catch (error) {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'INVALID_TRANSITION');
      assert.equal(error.status, 409);
      assert.match(error.detail, /待审核.*不能批准/);
    }
    assert.equal(
      codeOf(() => checkCommand('publish', { state: 'draft', isPublic: false }, as('approver'))),
      'INVALID_TRANSITION',
    );
    assert.equal(
      codeOf(() => checkCommand('submit', { state: 'published', isPublic: true }, as('clerk'))),
      'INVALID_TRANSITION',
    );
  });

  test('send-back belongs to whoever owns the current step', () => {
    assert.deepEqual(rolesFor('send-back', { state: 'submitted', isPublic: false }), ['reviewer']);
    assert.deepEqual(rolesFor('send-back', { state: 'reviewed', isPublic: false }), ['approver']);
    assert.equal(rolesFor('send-back', { state: 'draft', isPublic: false }), null);
  });

  test('a live item can be withdrawn even while its revision is a draft; an unpublished draft cannot', () => {
    assert.deepEqual(rolesFor('withdraw', { state: 'draft', isPublic: true }), ['approver']);
    assert.equal(rolesFor('withdraw', { state: 'draft', isPublic: false }), null);
  });

  test('every command is refused from some state (no command runs anywhere)', () => {
    for (const command of WORKFLOW_COMMANDS) {
      assert.ok(
        ITEM_STATES.some((state) => rolesFor(command, { state, isPublic: false }) === null),
        command,
      );
    }
  });

  test('the review checklist names what is not confirmed', () => {
    assert.deepEqual(
      failedChecks({ noStateSecrets: true, noWorkSecrets: true, personalInfoProtected: true, contentAccurate: true }),
      [],
    );
    assert.deepEqual(
      failedChecks({ noStateSecrets: true, noWorkSecrets: false, personalInfoProtected: false, contentAccurate: true }),
      ['不涉及工作秘密', '不含个人信息或已作处理'],
    );
  });
});
