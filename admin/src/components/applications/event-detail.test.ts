import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventDetail } from './event-detail.ts';
import type { CaseEvent } from './types.ts';

const event = (type: string, data: Record<string, unknown>): CaseEvent => ({
  seq: 1,
  type,
  label: type,
  on: '2025-09-29',
  by: { id: 1, name: '王承办' },
  data,
  createdAt: '2025-09-29T01:00:00Z',
});

describe('办理过程中每一步的说明', () => {
  test('补正通知列出补正内容和期限', () => {
    const text = eventDetail(
      event('correctionRequested', { items: ['写明文号', '身份证明'], correctBy: '2025-10-24' }),
    );
    assert.equal(text, '补正内容：写明文号；身份证明；补正期限：2025-10-24');
  });

  test('网上补正显示申请人提交的内容', () => {
    assert.equal(
      eventDetail(
        event('correctionReceived', { channel: 'online', answer: '文号为扶工信〔2024〕3号', attachmentId: 9 }),
      ),
      '申请人在网上提交补正；补正内容：文号为扶工信〔2024〕3号；补正材料见附件',
    );
    assert.equal(eventDetail(event('correctionReceived', {})), '');
  });

  test('处理决定显示表三中的行名', () => {
    assert.equal(
      eventDetail(event('decisionSubmitted', { outcome: 'withheld.stateSecret' })),
      '（三）不予公开 1.属于国家秘密',
    );
  });

  test('送达显示方式和邮件单号；退回显示理由', () => {
    assert.equal(
      eventDetail(event('replied', { method: 'post', trackingNumber: 'EMS123' })),
      '送达方式：邮寄；单号：EMS123',
    );
    assert.equal(eventDetail(event('sentBack', { reason: '不属于本股室' })), '理由：不属于本股室');
  });

  test('收费通知显示计收方式和金额', () => {
    assert.match(eventDetail(event('feeNotified', { basis: 'perPage', amount: 380 })), /^按量计收 380 元/);
  });
});
