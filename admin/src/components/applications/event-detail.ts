// One line of detail for a timeline event, from the data the server stored with it.
import { isOutcomeKey, outcomeType } from '../../../../src/features/applications/rules/outcomes.ts';
import { CONSULTED_PARTY_LABELS, DELIVERY_METHOD_LABELS, FEE_BASIS_LABELS, labelOf } from './labels.ts';
import type { CaseEvent } from './types.ts';

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

export function eventDetail(event: CaseEvent): string {
  const data = event.data;
  const parts: string[] = [];
  const reason = str(data.reason);
  switch (event.type) {
    case 'correctionRequested': {
      const items = Array.isArray(data.items)
        ? data.items.filter((item): item is string => typeof item === 'string')
        : [];
      if (items.length > 0) parts.push(`补正内容：${items.join('；')}`);
      if (str(data.correctBy)) parts.push(`补正期限：${data.correctBy}`);
      break;
    }
    case 'correctionReceived':
      if (data.channel === 'online') parts.push('申请人在网上提交补正');
      if (str(data.answer)) parts.push(`补正内容：${data.answer}`);
      if (num(data.attachmentId) !== undefined) parts.push('补正材料见附件');
      break;
    case 'consultationStarted':
      parts.push(`征求${labelOf(CONSULTED_PARTY_LABELS, str(data.party))}意见：${str(data.partyName) ?? ''}`);
      break;
    case 'extensionApproved':
      parts.push(`延长 ${num(data.workingDays) ?? '?'} 个工作日`);
      break;
    case 'feeNotified':
      parts.push(`${labelOf(FEE_BASIS_LABELS, str(data.basis))} ${num(data.amount) ?? '?'} 元`);
      if (str(data.explanation)) parts.push(String(data.explanation));
      break;
    case 'decisionSubmitted': {
      const outcome = str(data.outcome);
      if (outcome) parts.push(isOutcomeKey(outcome) ? outcomeType(outcome).rowLabel : outcome);
      break;
    }
    case 'replied':
      parts.push(`送达方式：${labelOf(DELIVERY_METHOD_LABELS, str(data.method))}`);
      if (str(data.trackingNumber)) parts.push(`单号：${data.trackingNumber}`);
      break;
  }
  if (reason) parts.push(`理由：${reason}`);
  return parts.join('；');
}
