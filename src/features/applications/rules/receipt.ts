// Art. 31: the date an application counts as received depends on how it arrived.
import { isIsoDate } from '../../calendar/iso-date.ts';

export type Channel = 'online' | 'inPerson' | 'oral' | 'registeredPost' | 'ordinaryLetter' | 'fax' | 'email';

export const CHANNEL_LABELS: Record<Channel, string> = {
  online: '网上申请',
  inPerson: '当面提交',
  oral: '口头申请（工作人员代为填写）',
  registeredPost: '邮寄（需签收）',
  ordinaryLetter: '平常信函',
  fax: '传真',
  email: '电子邮件',
};

export interface ReceiptFacts {
  channel: Channel;
  /** In person or oral: the day the application was handed in. */
  submittedOn?: string;
  /** Registered post: the day the office signed for it. */
  signedOn?: string;
  /** Online, e-mail, fax, ordinary letter: the day the office and the applicant confirmed it. */
  confirmedOn?: string;
}

export type ReceiptResult =
  | { ok: true; receivedOn: string; rule: string }
  | { ok: false; field: keyof ReceiptFacts; message: string };

const RULES: Record<Channel, { field: 'submittedOn' | 'signedOn' | 'confirmedOn'; rule: string; missing: string }> = {
  inPerson: {
    field: 'submittedOn',
    rule: '当面提交的，以提交之日为收到申请之日（条例第三十一条第（一）项）',
    missing: '当面提交的申请须填写提交日期',
  },
  oral: {
    field: 'submittedOn',
    rule: '口头提出、由工作人员代为填写的，以提出之日为收到申请之日（参照条例第三十一条第（一）项）',
    missing: '口头申请须填写提出日期',
  },
  registeredPost: {
    field: 'signedOn',
    rule: '以邮寄方式提交的，以签收之日为收到申请之日（条例第三十一条第（二）项）',
    missing: '邮寄的申请须填写签收日期',
  },
  ordinaryLetter: {
    field: 'confirmedOn',
    rule: '以平常信函等无需签收的邮寄方式提交的，以与申请人确认之日为收到申请之日（条例第三十一条第（二）项）',
    missing: '平常信函须填写与申请人确认的日期',
  },
  online: {
    field: 'confirmedOn',
    rule: '通过互联网渠道提交的，以双方确认之日为收到申请之日（条例第三十一条第（三）项）',
    missing: '网上申请须填写双方确认的日期',
  },
  email: {
    field: 'confirmedOn',
    rule: '通过电子邮件提交的，以双方确认之日为收到申请之日（条例第三十一条第（三）项）',
    missing: '电子邮件申请须填写双方确认的日期',
  },
  fax: {
    field: 'confirmedOn',
    rule: '通过传真提交的，以双方确认之日为收到申请之日（条例第三十一条第（三）项）',
    missing: '传真申请须填写双方确认的日期',
  },
};

export function receiptDate(facts: ReceiptFacts): ReceiptResult {
  const { field, rule, missing } = RULES[facts.channel];
  const value = facts[field];
  if (!value) return { ok: false, field, message: missing };
  if (!isIsoDate(value)) return { ok: false, field, message: `日期「${value}」无效，应写成 YYYY-MM-DD` };
  return { ok: true, receivedOn: value, rule };
}
