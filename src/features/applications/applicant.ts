// Applicant data rules: who counts as the same applicant (按件 fees), and the checks that
// produce warnings for the officer rather than refusals.
import { checkCreditCode } from '../orgs/credit-code.ts';
import type { ApplicantInput } from './application.ts';
import { checkIdCardNumber } from './rules/id-card.ts';

export function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}

/**
 * The same applicant across cases: the ID number when given, else the credit code, else name
 * plus phone. Deliberately simple: an officer can see and correct a mismatch.
 */
export function applicantKey(applicant: ApplicantInput): string {
  const id = applicant.idNumber?.trim().toUpperCase();
  if (id) return `id:${id}`;
  const credit = applicant.creditCode?.trim().toUpperCase();
  if (credit) return `cc:${credit}`;
  return `np:${applicant.name.trim()}|${digitsOf(applicant.phone)}`;
}

/** Warnings (in Chinese) about the ID number and credit code; empty when they look right. */
export function applicantWarnings(applicant: ApplicantInput): string[] {
  const warnings: string[] = [];
  const id = applicant.idNumber?.trim();
  if (id && (applicant.idType ?? 'residentId') === 'residentId') {
    const check = checkIdCardNumber(id);
    if (!check.isValid && check.warning) warnings.push(check.warning);
  }
  const credit = applicant.creditCode?.trim();
  if (credit) {
    const check = checkCreditCode(credit);
    if (!check.isValid) warnings.push(`${check.message ?? '统一社会信用代码无效'}（不影响提交，请核对）`);
  }
  return warnings;
}

/** Which fields the request needs beyond the schema, e.g. an address for delivery by post. */
export function applicantProblems(applicant: ApplicantInput, delivery: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (delivery === 'post' && !applicant.address?.trim()) {
    problems.push({ field: 'applicant.address', message: '选择邮寄送达的，请填写通信地址' });
  }
  if (delivery === 'email' && !applicant.email?.trim()) {
    problems.push({ field: 'applicant.email', message: '选择电子邮件送达的，请填写电子邮箱' });
  }
  if (applicant.type !== 'naturalPerson' && !applicant.contactPerson?.trim()) {
    problems.push({ field: 'applicant.contactPerson', message: '法人或其他组织申请的，请填写联系人' });
  }
  if (applicant.type === 'naturalPerson' && applicant.creditCode?.trim()) {
    problems.push({ field: 'applicant.creditCode', message: '自然人申请无需填写统一社会信用代码' });
  }
  return problems;
}
