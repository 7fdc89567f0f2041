import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { availableActions } from './command-actions.ts';
import type { CaseEvent } from './types.ts';

const event = (type: string, seq: number): CaseEvent => ({
  seq,
  type,
  label: type,
  on: '2025-09-26',
  by: null,
  data: {},
  createdAt: '2025-09-26T00:00:00Z',
});

const labels = (actions: ReturnType<typeof availableActions>) => actions.map((action) => action.label);

describe('案件页只显示当前状态可执行的操作', () => {
  test('新登记、尚未分派的案件：签收、分派、补正、撤回', () => {
    const actions = availableActions(
      {
        availableCommands: ['claim', 'reassign', 'requestCorrection', 'withdraw'],
        assignedOfficer: null,
        extensionRequest: null,
        events: [],
      },
      false,
    );
    assert.deepEqual(labels(actions), ['签收', '分派', '发出补正通知', '登记撤回申请']);
  });

  test('已有承办人时分派变为改派', () => {
    const actions = availableActions(
      {
        availableCommands: ['reassign'],
        assignedOfficer: { id: 3, name: '王承办' },
        extensionRequest: null,
        events: [],
      },
      false,
    );
    assert.deepEqual(labels(actions), ['改派']);
  });

  test('承办人可以申请延期，只有负责人看到批准延期和批准处理决定', () => {
    const facts = {
      availableCommands: ['approveExtension', 'approveDecision', 'returnDecision', 'withdraw'],
      assignedOfficer: null,
      extensionRequest: null,
      events: [],
    };
    assert.deepEqual(labels(availableActions(facts, false)), ['申请延期', '登记撤回申请']);
    assert.deepEqual(labels(availableActions(facts, true)), [
      '申请延期',
      '批准延期',
      '批准处理决定',
      '退回处理决定',
      '登记撤回申请',
    ]);
  });

  test('已提出延期申请的不再显示申请延期；已延期的（重新打开前）不再显示任何延期操作', () => {
    const pending = {
      availableCommands: ['approveExtension'],
      assignedOfficer: null,
      extensionRequest: {
        workingDays: 20,
        reason: '国庆假期',
        requestedBy: { id: 1, name: '王' },
        requestedOn: '2025-09-28',
      },
      events: [],
    };
    assert.deepEqual(labels(availableActions(pending, true)), ['批准延期']);
    const extended = {
      ...pending,
      extensionRequest: null,
      events: [event('claimed', 1), event('extensionApproved', 2)],
    };
    assert.deepEqual(labels(availableActions(extended, true)), []);
    const reopened = { ...extended, events: [...extended.events, event('replied', 3), event('reopened', 4)] };
    assert.deepEqual(labels(availableActions(reopened, false)), ['申请延期']);
  });

  test('服务器不认识的命令不显示按钮', () => {
    const actions = availableActions(
      { availableCommands: ['somethingNew', 'archive'], assignedOfficer: null, extensionRequest: null, events: [] },
      false,
    );
    assert.deepEqual(labels(actions), ['归档']);
  });
});
