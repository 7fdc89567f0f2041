// The online application form at the edge: reads the posted fields, checks each one and returns
// every problem at once (in page order, in Chinese), or the applicant and request for the service.
// Hand-written rather than zod: the conditional rules (legal persons, delivery by post or e-mail)
// must be reported together with the plain ones, in a single error summary.
import { applicantWarnings } from '../../features/applications/applicant.ts';
import {
  APPLICANT_TYPES,
  type ApplicantInput,
  type ApplicantType,
  DELIVERY_METHODS,
  type DeliveryMethod,
  FORMS_WANTED,
  type FormWanted,
  ID_TYPES,
  type IdType,
  type RequestInput,
} from '../../features/applications/application.ts';
import { checkCreditCode } from '../../features/orgs/credit-code.ts';

export const APPLY_FIELDS = [
  'applicantType',
  'name',
  'idType',
  'idNumber',
  'creditCode',
  'contactPerson',
  'phone',
  'email',
  'address',
  'postalCode',
  'description',
  'documentNumbers',
  'purpose',
  'formWanted',
  'delivery',
  'privacy',
] as const;
export type ApplyField = (typeof APPLY_FIELDS)[number];

/** The honeypot: hidden from people and screen readers, so only bots fill it in. */
export const HONEYPOT_FIELD = 'website';

export type ApplyValues = Record<Exclude<ApplyField, 'privacy'>, string> & { privacy: boolean };

export interface FieldError {
  field: ApplyField;
  message: string;
}

export type ApplyParse =
  | {
      ok: true;
      values: ApplyValues;
      isBot: boolean;
      applicant: ApplicantInput;
      request: RequestInput;
      warnings: string[];
    }
  | { ok: false; values: ApplyValues; isBot: boolean; errors: FieldError[] };

export const MAX_LENGTHS: Partial<Record<ApplyField, number>> = {
  name: 100,
  idNumber: 40,
  creditCode: 18,
  contactPerson: 50,
  phone: 30,
  email: 254,
  address: 200,
  postalCode: 6,
  description: 2000,
  documentNumbers: 500,
  purpose: 500,
};

export function emptyValues(): ApplyValues {
  const values = Object.fromEntries(APPLY_FIELDS.map((field) => [field, ''])) as Record<ApplyField, string>;
  return { ...values, idType: 'residentId', privacy: false };
}

type Body = Record<string, unknown>;
const textOf = (body: Body, name: string): string =>
  typeof body[name] === 'string' ? (body[name] as string).trim() : '';

export function isLegalPerson(type: string): boolean {
  return type !== '' && type !== 'naturalPerson';
}

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{9,11}(?:(?:转|#|ext)\d{1,6})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isPhone(value: string): boolean {
  const compact = value.replace(/[\s()（）-]/g, '');
  return MOBILE.test(compact) || LANDLINE.test(compact);
}

function identityErrors(values: ApplyValues, add: (field: ApplyField, message: string) => void): void {
  const legal = isLegalPerson(values.applicantType);
  if (!legal) {
    if (!(ID_TYPES as readonly string[]).includes(values.idType)) add('idType', '请选择证件类型');
    const id = values.idNumber.replace(/\s/g, '').toUpperCase();
    if (!id) add('idNumber', '请填写证件号码');
    else if (values.idType === 'residentId' && !/^(\d{17}[\dX]|\d{15})$/.test(id))
      add('idNumber', '居民身份证号码应为 18 位（最后一位可以是 X）');
    if (values.creditCode) add('creditCode', '自然人申请无需填写统一社会信用代码，请删除');
    return;
  }
  if (!values.creditCode) add('creditCode', '请填写统一社会信用代码');
  else {
    const check = checkCreditCode(values.creditCode);
    // A wrong check character is a warning on the receipt; a wrong length or letter is a typo to fix now.
    if (check.problem === 'length' || check.problem === 'character')
      add('creditCode', check.message ?? '统一社会信用代码有误');
  }
  if (!values.contactPerson) add('contactPerson', '请填写联系人姓名');
}

function fieldErrors(values: ApplyValues): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: ApplyField, message: string) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, message });
  };
  const legal = isLegalPerson(values.applicantType);
  if (!(APPLICANT_TYPES as readonly string[]).includes(values.applicantType)) add('applicantType', '请选择申请人类型');
  if (!values.name) add('name', legal ? '请填写法人或其他组织名称' : '请填写申请人姓名');
  identityErrors(values, add);
  if (!values.phone) add('phone', '请填写联系电话');
  else if (!isPhone(values.phone))
    add('phone', '联系电话格式不正确，请填写手机号码（如 13812345678）或带区号的固定电话（如 0394-6231234）');
  if (values.email && !EMAIL.test(values.email)) add('email', '电子邮箱格式不正确，如 name@example.com');
  if (values.delivery === 'email' && !values.email) add('email', '选择电子邮件送达的，请填写电子邮箱');
  if (values.delivery === 'post' && !values.address) add('address', '选择邮寄送达的，请填写通信地址');
  if (values.postalCode && !/^\d{6}$/.test(values.postalCode)) add('postalCode', '邮政编码应为 6 位数字');
  if (!values.description) add('description', '请描述所需的政府信息');
  if (!(FORMS_WANTED as readonly string[]).includes(values.formWanted)) add('formWanted', '请选择获取信息的方式');
  if (!(DELIVERY_METHODS as readonly string[]).includes(values.delivery)) add('delivery', '请选择信息的提供方式');
  if (!values.privacy) add('privacy', '请阅读个人信息处理说明，并勾选“我已阅读并同意”');
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [ApplyField, number][]) {
    const value = values[field];
    if (typeof value === 'string' && [...value].length > max) add(field, `${FIELD_NAMES[field]}不能超过 ${max} 个字`);
  }
  return errors.sort((a, b) => APPLY_FIELDS.indexOf(a.field) - APPLY_FIELDS.indexOf(b.field));
}

/** Field names as the messages say them. */
export const FIELD_NAMES: Record<ApplyField, string> = {
  applicantType: '申请人类型',
  name: '姓名或名称',
  idType: '证件类型',
  idNumber: '证件号码',
  creditCode: '统一社会信用代码',
  contactPerson: '联系人姓名',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  postalCode: '邮政编码',
  description: '所需信息的内容描述',
  documentNumbers: '所需信息的名称、文号',
  purpose: '所需信息的用途',
  formWanted: '获取信息的方式',
  delivery: '信息的提供方式',
  privacy: '个人信息处理说明',
};

const orNull = (value: string) => value || null;

function toInput(values: ApplyValues): { applicant: ApplicantInput; request: RequestInput } {
  const legal = isLegalPerson(values.applicantType);
  const idNumber = values.idNumber.replace(/\s/g, '').toUpperCase();
  const applicant: ApplicantInput = {
    type: values.applicantType as ApplicantType,
    name: values.name,
    idType: idNumber ? (values.idType as IdType) : null,
    idNumber: orNull(idNumber),
    phone: values.phone,
    email: orNull(values.email),
    address: orNull(values.address),
    postalCode: orNull(values.postalCode),
    creditCode: legal ? orNull(values.creditCode.toUpperCase()) : null,
    contactPerson: legal ? orNull(values.contactPerson) : null,
  };
  const request: RequestInput = {
    description: values.description,
    documentNumbers: orNull(values.documentNumbers),
    purpose: orNull(values.purpose),
    formWanted: values.formWanted as FormWanted,
    delivery: values.delivery as DeliveryMethod,
  };
  return { applicant, request };
}

/** Reads a posted form (from `c.req.parseBody()`). */
export function readApplyForm(body: Body): ApplyParse {
  const values = emptyValues();
  for (const field of APPLY_FIELDS) if (field !== 'privacy') values[field] = textOf(body, field);
  if (!values.idType) values.idType = 'residentId';
  values.creditCode = values.creditCode.replace(/\s/g, '').toUpperCase();
  values.privacy = textOf(body, 'privacy') === 'yes';
  const isBot = textOf(body, HONEYPOT_FIELD) !== '';
  const errors = fieldErrors(values);
  if (errors.length > 0) return { ok: false, values, isBot, errors };
  const { applicant, request } = toInput(values);
  return { ok: true, values, isBot, applicant, request, warnings: applicantWarnings(applicant) };
}
