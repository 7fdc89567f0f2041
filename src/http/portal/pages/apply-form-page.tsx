// GET and POST of the online application form. Order on POST: the rate limit, the honeypot
// (a bot is shown the same redirect as a person, and nothing is kept), the field checks, then the
// service; the receipt goes into a short-lived cookie and the browser is sent to the receipt page.
import { AppError } from '../../../core/app-error.ts';
import { requestMeta } from '../../request-meta.ts';
import {
  APPLY_FIELDS,
  type ApplyField,
  type ApplyValues,
  emptyValues,
  type FieldError,
  readApplyForm,
} from '../apply-form.ts';
import { maskIdNumber, maskPersonName, maskPhone } from '../apply-masking.ts';
import { applyLimiters, clientKey, rateLimited } from '../apply-rate-limit.ts';
import { storeDiscarded, storeReceipt } from '../apply-receipt-cookie.ts';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';
import { ApplyFormView } from './apply-form-view.tsx';

const TITLE = '在线申请';
const HEADING = '在线申请政府信息公开';

function formPage(input: OrgPageInput, values: ApplyValues, errors: FieldError[]): PageResult {
  const { c, org } = input;
  return {
    // The title says "error" first, so screen-reader users hear it before anything else.
    title: errors.length > 0 ? `错误：${TITLE}` : TITLE,
    heading: HEADING,
    crumbs: [{ label: '依申请公开', href: orgHref(org, 'apply') }],
    status: errors.length > 0 ? 400 : 200,
    isPrivate: true,
    body: (
      <ApplyFormView
        org={org}
        action={orgHref(org, 'apply/new')}
        csrfToken={c.get('csrfToken')}
        values={values}
        errors={errors}
      />
    ),
  };
}

export function renderApplyForm(input: OrgPageInput): PageResult {
  return formPage(input, emptyValues(), []);
}

/** The service's own field problems (`applicant.address`), as fields of this form. */
function serviceProblems(error: AppError): FieldError[] {
  const known = new Set<string>(APPLY_FIELDS);
  return error.fields
    .map((problem) => ({ field: problem.field.replace(/^(applicant|request)\./, ''), message: problem.message }))
    .filter((problem): problem is FieldError => known.has(problem.field))
    .map((problem) => ({ field: problem.field as ApplyField, message: problem.message }));
}

export async function submitApplyForm(input: OrgPageInput): Promise<PageResult | Response> {
  const { c, services, org } = input;
  const limiter = applyLimiters(services).submit;
  const key = clientKey(c, services);
  const limit = limiter.check(key);
  if (limit.isLimited) {
    throw rateLimited(
      c,
      limit.retryAfterSeconds,
      '同一网络地址 10 分钟内最多在线提交 5 份申请。如需提交更多申请，也可以当面或邮寄提交。',
    );
  }
  const parsed = readApplyForm(await c.req.parseBody());
  const receiptUrl = orgHref(org, 'apply/receipt');
  if (parsed.isBot) {
    limiter.hit(key);
    storeDiscarded(c, org.code);
    return c.redirect(receiptUrl, 303);
  }
  if (!parsed.ok) return formPage(input, parsed.values, parsed.errors);

  limiter.hit(key);
  let receipt: Awaited<ReturnType<typeof services.applications.submitOnlineApplication>>;
  try {
    receipt = await services.applications.submitOnlineApplication(
      { orgId: org.id, applicant: parsed.applicant, request: parsed.request },
      requestMeta(c, services.config.trustProxy),
    );
  } catch (error) {
    const problems = error instanceof AppError && error.code === 'VALIDATION_FAILED' ? serviceProblems(error) : [];
    if (problems.length === 0) throw error;
    return formPage(input, parsed.values, problems);
  }
  const { applicant, request } = parsed;
  storeReceipt(c, org.code, {
    queryCode: receipt.queryCode,
    caseNumber: receipt.caseNumber,
    orgName: receipt.orgName,
    receivedOn: receipt.receivedOn,
    dueOn: receipt.dueOn,
    isProvisional: receipt.isProvisional,
    warnings: parsed.warnings.slice(0, 3).map((warning) => warning.slice(0, 100)),
    applicantName: applicant.type === 'naturalPerson' ? maskPersonName(applicant.name) : applicant.name,
    idNumberMasked: applicant.idNumber ? maskIdNumber(applicant.idNumber) : null,
    creditCode: applicant.creditCode ?? null,
    phoneMasked: maskPhone(applicant.phone),
    description: [...request.description].slice(0, 100).join('') + ([...request.description].length > 100 ? '……' : ''),
    submittedAt: new Date().toISOString(),
  });
  return c.redirect(receiptUrl, 303);
}
