// The register form's values → the POST /applications body. Pure, so it is tested in node.

import type { Channel } from '../../../../src/features/applications/rules/receipt.ts';
import { receiptDate } from '../../../../src/features/applications/rules/receipt.ts';
import { isLegalPerson } from './labels.ts';

export type ReceiptField = 'submittedOn' | 'signedOn' | 'confirmedOn';

export interface RegisterFormValues {
  orgId?: number;
  channel: Channel;
  /** The receipt day as YYYY-MM-DD (which fact it is depends on the channel). */
  receiptOn?: string;
  applicant: {
    type: string;
    name?: string;
    idType?: string;
    idNumber?: string;
    phone?: string;
    email?: string;
    address?: string;
    postalCode?: string;
    creditCode?: string;
    contactPerson?: string;
  };
  request: {
    description?: string;
    documentNumbers?: string;
    purpose?: string;
    formWanted?: string;
    delivery?: string;
  };
  assignedOfficerId?: number;
}

const RECEIPT_FIELD_LABELS: Record<ReceiptField, string> = {
  submittedOn: '提交日期',
  signedOn: '签收日期',
  confirmedOn: '双方确认日期',
};

const SAMPLE_DAY = '2000-01-03';

/** Which date the channel's receipt follows (Art. 31), its label and the rule in words. */
export function receiptRuleOf(channel: Channel): { field: ReceiptField; label: string; rule: string } {
  const missing = receiptDate({ channel });
  const field = (missing.ok ? 'confirmedOn' : missing.field) as ReceiptField;
  const found = receiptDate({ channel, [field]: SAMPLE_DAY });
  const rule = found.ok ? found.rule : '';
  const label = channel === 'oral' ? '提出日期' : RECEIPT_FIELD_LABELS[field];
  return { field, label, rule };
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function toRegisterBody(values: RegisterFormValues) {
  const { applicant, request } = values;
  const isLegal = isLegalPerson(applicant.type);
  const { field } = receiptRuleOf(values.channel);
  return compact({
    orgId: values.orgId,
    channel: values.channel,
    [field]: values.receiptOn,
    applicant: compact({
      type: applicant.type,
      name: clean(applicant.name),
      // A legal person is identified by its credit code; a person by an ID document.
      idType: isLegal ? undefined : clean(applicant.idNumber) ? applicant.idType : undefined,
      idNumber: isLegal ? undefined : clean(applicant.idNumber)?.toUpperCase(),
      phone: clean(applicant.phone),
      email: clean(applicant.email),
      address: clean(applicant.address),
      postalCode: clean(applicant.postalCode),
      creditCode: isLegal ? clean(applicant.creditCode)?.toUpperCase() : undefined,
      contactPerson: isLegal ? clean(applicant.contactPerson) : undefined,
    }),
    request: compact({
      description: clean(request.description),
      documentNumbers: clean(request.documentNumbers),
      purpose: clean(request.purpose),
      formWanted: request.formWanted,
      delivery: request.delivery,
    }),
    assignedOfficerId: values.assignedOfficerId,
  });
}

/** Server field paths (submittedOn, …) point at the one receipt-date input of the form. */
export function toFormField(field: string): string {
  return field === 'submittedOn' || field === 'signedOn' || field === 'confirmedOn' ? 'receiptOn' : field;
}
