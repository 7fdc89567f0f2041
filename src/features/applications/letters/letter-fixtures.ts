// Test data for letters: a county department, a case, and a letter of each kind.
import type { OutcomeKey } from '../rules/outcomes.ts';
import type { LetterData, LetterDetails, LetterOrg, ReplyDecision } from './letter-data.ts';

export function fugouOrg(overrides: Partial<LetterOrg> = {}): LetterOrg {
  return {
    name: '扶沟县工业和信息化局',
    disclosureOffice: '办公室',
    address: '扶沟县城关镇桐丘路1号',
    postalCode: '461300',
    phone: '0394-6231234',
    locality: '扶沟县',
    ...overrides,
  };
}

export function letterData(details: LetterDetails, overrides: Partial<LetterData> = {}): LetterData {
  return {
    org: fugouOrg(),
    case: {
      caseNumber: '扶工信依申〔2026〕12号',
      receivedOn: '2026-01-05',
      applicantName: '张三',
      applicantKind: 'person',
      request: '2025年本县中小企业发展专项资金分配结果',
    },
    details,
    date: '2026-01-27',
    ...overrides,
  };
}

/** A decision with the details its outcome usually comes with. */
export function decisionFor(outcome: OutcomeKey, extra: Partial<ReplyDecision> = {}): ReplyDecision {
  const decision: ReplyDecision = { outcome, ...extra };
  if (outcome === 'partiallyGranted' && !decision.withheld) {
    decision.withheld = [{ part: '企业银行账号', reason: '属于企业商业秘密', ground: 'withheld.thirdPartyRights' }];
  }
  if ((outcome === 'granted' || outcome === 'partiallyGranted') && !decision.access) {
    decision.access = { form: 'electronic', delivery: 'email' };
  }
  return decision;
}

export const PROCEDURAL_DETAILS: Record<Exclude<LetterDetails['kind'], 'reply'>, LetterDetails> = {
  correction: {
    kind: 'correction',
    items: ['所需信息的文件名称或文号', '信息所属的时间范围'],
    correctBy: '2026-01-26',
  },
  extension: { kind: 'extension', workingDays: 20, newDueOn: '2026-03-05', reason: '所申请信息涉及多个股室，需要汇总' },
  fee: {
    kind: 'fee',
    basis: 'perPage',
    amount: 380,
    payBy: '2026-02-28',
    howToPay: '转账至扶沟县财政局非税收入专户，备注案件编号',
  },
  consultation: { kind: 'consultation', thirdParty: '河南某某食品有限公司', replyBy: '2026-02-03' },
};
