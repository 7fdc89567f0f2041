// 办理进度查询: a POST form (the phone number stays out of URLs, logs and history) answered with
// the status view. A wrong code and a wrong phone get the same message, and an address that keeps
// getting it wrong is made to wait.
import { AppError } from '../../../core/app-error.ts';
import { PUBLIC_NOT_FOUND } from '../../../features/applications/public-status.ts';
import { isQueryCodeShape, normalizeQueryCode } from '../../../features/applications/query-code.ts';
import type { Services } from '../../../services.ts';
import { requestMeta } from '../../request-meta.ts';
import { Notice } from '../../views/components.tsx';
import { EXPIRED_LINK, replyDownloadResponse } from '../apply-downloads.ts';
import { applyLimiters, clientKey, rateLimited } from '../apply-rate-limit.ts';
import {
  ANSWER_TTL_MS,
  DOWNLOAD_TTL_MS,
  openAnswerTicket,
  sealAnswerTicket,
  sealReplyTicket,
} from '../apply-tokens.ts';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';
import { ErrorSummary, type FieldProblem, TextField } from './apply-fields.tsx';
import { StatusView } from './status-view.tsx';

const TITLE = '办理进度查询';
/** One message for a wrong code, a wrong phone or both, so the page cannot be used to probe for cases. */
export const NOT_FOUND_MESSAGE = `未找到相应的申请：${PUBLIC_NOT_FOUND}`;

interface LookupValues {
  queryCode: string;
  phone: string;
}

function statusForm(
  input: OrgPageInput,
  values: LookupValues,
  problems: FieldProblem[],
  status: 200 | 400 | 404 = 200,
): PageResult {
  const { c, org } = input;
  const error = (field: string) => problems.find((p) => p.field === field)?.message;
  return {
    title: problems.length > 0 ? `错误：${TITLE}` : TITLE,
    heading: TITLE,
    crumbs: [{ label: '依申请公开', href: orgHref(org, 'apply') }],
    status,
    isPrivate: true,
    body: (
      <>
        <ErrorSummary problems={problems} />
        <p class="lead">输入申请回执上的查询码和申请时填写的联系电话，查看办理进度；答复后可以在这里下载答复书。</p>
        <form class="panel apply-form" method="post" action={orgHref(org, 'apply/status')} novalidate>
          <input type="hidden" name="_csrf" value={c.get('csrfToken')} />
          <TextField
            name="queryCode"
            label="查询码"
            isRequired
            hint="10 位字母和数字，见申请回执，不区分大小写。"
            value={values.queryCode}
            error={error('queryCode')}
            width="medium"
            autocomplete="off"
            maxLength={20}
          />
          <TextField
            name="phone"
            label="联系电话"
            isRequired
            hint="申请时填写的手机号码或固定电话。"
            type="tel"
            value={values.phone}
            error={error('phone')}
            width="medium"
            autocomplete="tel"
            inputmode="tel"
            maxLength={30}
          />
          <button class="button" type="submit">
            查询
          </button>
        </form>
        <p>
          还没有申请？<a href={orgHref(org, 'apply/new')}>在线申请政府信息公开</a>。
        </p>
      </>
    ),
  };
}

export function renderStatusForm(input: OrgPageInput): PageResult {
  return statusForm(input, { queryCode: '', phone: '' }, []);
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 40) : '');

export async function lookupStatus(input: OrgPageInput): Promise<PageResult> {
  const { c, services } = input;
  const limiter = applyLimiters(services).lookupFailures;
  const key = clientKey(c, services);
  const limit = limiter.check(key);
  if (limit.isLimited) {
    throw rateLimited(c, limit.retryAfterSeconds, '查询失败次数过多，为保护申请人信息，暂停查询。');
  }
  const body = await c.req.parseBody();
  const values = { queryCode: text(body.queryCode), phone: text(body.phone) };
  const problems: FieldProblem[] = [];
  if (!values.queryCode) problems.push({ field: 'queryCode', message: '请填写查询码' });
  if (!values.phone) problems.push({ field: 'phone', message: '请填写联系电话' });
  if (problems.length > 0) return statusForm(input, values, problems, 400);

  const notFound = () => {
    limiter.hit(key);
    // The phone is not echoed back: the next try starts from a clean field.
    return statusForm(
      input,
      { queryCode: values.queryCode, phone: '' },
      [{ field: 'queryCode', message: NOT_FOUND_MESSAGE }],
      404,
    );
  };
  if (!isQueryCodeShape(normalizeQueryCode(values.queryCode))) return notFound();
  let progress: Progress;
  try {
    progress = await services.publicApplications.getPublicProgress(values.queryCode, values.phone);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return notFound();
    throw error;
  }
  return statusView(input, values.queryCode, values.phone, progress);
}

type Progress = Awaited<ReturnType<Services['publicApplications']['getPublicProgress']>>;

/** The status view for a code and phone already checked: download links and the correction form sealed. */
function statusView(
  input: OrgPageInput,
  queryCode: string,
  phone: string,
  progress: Progress,
  extras: { answer?: string; problems?: FieldProblem[]; confirmation?: string; status?: 200 | 400 } = {},
): PageResult {
  const { c, org } = input;
  const expiresAt = Date.now() + DOWNLOAD_TTL_MS;
  const replyLinks = progress.replyFiles.map((file) => ({
    fileName: file.fileName,
    href: orgHref(org, `apply/reply/${sealReplyTicket({ queryCode, phone, attachmentId: file.id, expiresAt })}`),
  }));
  const correctionForm =
    progress.applicantAction?.kind === 'correction'
      ? {
          action: orgHref(org, 'apply/correction'),
          ticket: sealAnswerTicket({ queryCode, phone, expiresAt: Date.now() + ANSWER_TTL_MS }),
          csrfToken: c.get('csrfToken'),
          answer: extras.answer ?? '',
          problems: extras.problems ?? [],
        }
      : undefined;
  const hasProblems = (extras.problems?.length ?? 0) > 0;
  return {
    title: hasProblems ? `错误：${TITLE}` : TITLE,
    heading: TITLE,
    crumbs: [{ label: '依申请公开', href: orgHref(org, 'apply') }],
    isPrivate: true,
    status: extras.status ?? 200,
    body: (
      <StatusView
        progress={progress}
        org={org}
        replyLinks={replyLinks}
        againHref={orgHref(org, 'apply/status')}
        correctionForm={correctionForm}
        confirmation={extras.confirmation}
      />
    ),
  };
}

const EXPIRED_FORM = '页面已过期（在线补正页面在查询后 1 小时内有效）。请重新输入查询码和联系电话查询后再提交补正。';

function expiredForm(input: OrgPageInput): PageResult {
  const { org } = input;
  return {
    title: '页面已过期',
    crumbs: [{ label: '依申请公开', href: orgHref(org, 'apply') }],
    status: 400,
    isPrivate: true,
    body: (
      <Notice>
        <p>{EXPIRED_FORM}</p>
        <p>
          <a href={orgHref(org, 'apply/status')}>重新查询办理进度</a>
        </p>
      </Notice>
    ),
  };
}

/** POST of the correction form on the status view: the applicant's answer to a correction notice. */
export async function submitCorrection(input: OrgPageInput): Promise<PageResult> {
  const { c, services } = input;
  const limiter = applyLimiters(services).lookupFailures;
  const key = clientKey(c, services);
  const limit = limiter.check(key);
  if (limit.isLimited) {
    throw rateLimited(c, limit.retryAfterSeconds, '查询失败次数过多，为保护申请人信息，暂停查询。');
  }
  const body = await c.req.parseBody();
  const ticket = openAnswerTicket(typeof body.ticket === 'string' ? body.ticket : '');
  if (!ticket) {
    limiter.hit(key);
    return expiredForm(input);
  }
  const answer = typeof body.answer === 'string' ? body.answer.slice(0, 4000) : '';
  const upload = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
  const progressNow = () => services.publicApplications.getPublicProgress(ticket.queryCode, ticket.phone);
  try {
    const receipt = await services.applications.answerCorrection(
      ticket.queryCode,
      ticket.phone,
      {
        text: answer,
        file: upload ? { name: upload.name, data: new Uint8Array(await upload.arrayBuffer()) } : undefined,
      },
      requestMeta(c, services.config.trustProxy),
    );
    const progress = await progressNow();
    const due = progress.dueOn ? `新的预计答复日期：${progress.dueOn}。` : '';
    return statusView(input, ticket.queryCode, ticket.phone, progress, {
      confirmation: `已收到您的补正（${receipt.receivedOn}）。答复期限自收到补正之日起重新计算。${due}`,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'NOT_FOUND') {
      limiter.hit(key);
      return expiredForm(input);
    }
    if (error.code === 'VALIDATION_FAILED' || error.code === 'INVALID_TRANSITION') {
      const problems =
        error.fields.length > 0
          ? error.fields.map((f) => ({ field: f.field, message: f.message }))
          : [{ field: 'answer', message: error.detail }];
      const progress = await progressNow();
      if (progress.applicantAction?.kind !== 'correction') {
        // No form to show the problem on (the case moved on): say it above the status.
        return statusView(input, ticket.queryCode, ticket.phone, progress, { confirmation: error.detail, status: 400 });
      }
      return statusView(input, ticket.queryCode, ticket.phone, progress, { answer, problems, status: 400 });
    }
    throw error;
  }
}

/** GET of a download link from the status view. */
export async function downloadReply(input: OrgPageInput): Promise<PageResult | Response> {
  const { c, services, org } = input;
  const response = await replyDownloadResponse(c, services, c.req.param('token') ?? '');
  if (response) return response;
  return {
    title: '下载链接已失效',
    crumbs: [{ label: '依申请公开', href: orgHref(org, 'apply') }],
    status: 404,
    isPrivate: true,
    body: (
      <Notice>
        <p>{EXPIRED_LINK}</p>
        <p>
          <a href={orgHref(org, 'apply/status')}>重新查询办理进度</a>
        </p>
      </Notice>
    ),
  };
}
