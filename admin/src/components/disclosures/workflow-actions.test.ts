import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Role } from '../../api/types.ts';
import { availableActions } from './workflow-actions.ts';

const as = (...roles: Role[]) => new Set<Role>(roles);

describe('信息发布按钮按角色和状态显示', () => {
  test('信息员在草稿上可修改、提交、删除，不能审核或批准', () => {
    const actions = availableActions({ state: 'draft', isPublic: false, hasBeenPublished: false }, as('clerk'));
    assert.deepEqual(actions.sort(), ['delete', 'edit', 'submit']);
  });

  test('审核员只在待审核时可审核通过或退回', () => {
    assert.deepEqual(
      availableActions({ state: 'submitted', isPublic: false, hasBeenPublished: false }, as('reviewer')).sort(),
      ['review', 'send-back'],
    );
    assert.deepEqual(
      availableActions({ state: 'draft', isPublic: false, hasBeenPublished: false }, as('reviewer')),
      [],
    );
  });

  test('负责人批准待批准的信息，批准后可立即或定时发布', () => {
    assert.deepEqual(
      availableActions({ state: 'reviewed', isPublic: false, hasBeenPublished: false }, as('approver')).sort(),
      ['approve', 'send-back'],
    );
    assert.deepEqual(
      availableActions({ state: 'approved', isPublic: false, hasBeenPublished: false }, as('approver')).sort(),
      ['publish', 'send-back'],
    );
  });

  test('已发布的信息：信息员可修改（生成新版本），负责人可撤回；发布过的草稿不能删除', () => {
    assert.deepEqual(availableActions({ state: 'published', isPublic: true, hasBeenPublished: true }, as('clerk')), [
      'revise',
    ]);
    assert.deepEqual(availableActions({ state: 'published', isPublic: true, hasBeenPublished: true }, as('approver')), [
      'withdraw',
    ]);
    const revising = availableActions(
      { state: 'draft', isPublic: true, hasBeenPublished: true },
      as('clerk', 'approver'),
    );
    assert.ok(revising.includes('withdraw') && !revising.includes('delete'));
  });

  test('平台管理员可执行任何一步', () => {
    assert.deepEqual(
      availableActions({ state: 'submitted', isPublic: false, hasBeenPublished: false }, as('platform_admin')).sort(),
      ['review', 'send-back'],
    );
  });
});
