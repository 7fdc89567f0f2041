// The files the public downloads from the 依申请公开 pages: the blank application form of an
// org (PDF or Word) and, behind a sealed short-lived link, the reply letter of the applicant's case.
import type { Context } from 'hono';
import { AppError } from '../../core/app-error.ts';
import type { LetterOrg } from '../../features/applications/letters/letter-data.ts';
import {
  type FormFormat,
  renderBlankApplicationForm,
} from '../../features/applications/letters/render-application-form.ts';
import type { Org } from '../../features/orgs/org.ts';
import type { Services } from '../../services.ts';
import type { AppEnv } from '../app-env.ts';
import { openReplyTicket } from './apply-tokens.ts';
import type { OrgPageInput } from './portal-page.ts';

const CONTENT_TYPES: Record<FormFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** `attachment` with an ASCII fallback name and the Chinese name for browsers that read RFC 5987. */
export function contentDisposition(fileName: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The office as the form's notes print it after the org name ("办公室", not the org name twice). */
export function letterOrgOf(org: Org): LetterOrg {
  const office = org.disclosureOffice ?? undefined;
  return {
    name: org.name,
    disclosureOffice: office?.startsWith(org.name) ? office.slice(org.name.length) || undefined : office,
    address: org.address ?? undefined,
    postalCode: org.postalCode ?? undefined,
    phone: org.contactPhone ?? undefined,
  };
}

// Rendering takes about a second (the CJK font is subset each time): keep the last few per app,
// keyed by the org's last change, and share one rendering between concurrent requests.
const MAX_CACHED_FORMS = 32;
const formCaches = new WeakMap<Services, Map<string, Promise<Uint8Array>>>();

function cachedForm(services: Services, org: Org, format: FormFormat): Promise<Uint8Array> {
  let cache = formCaches.get(services);
  if (!cache) {
    cache = new Map();
    formCaches.set(services, cache);
  }
  const key = `${org.id}|${org.updatedAt}|${format}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = renderBlankApplicationForm(letterOrgOf(org), format);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
    if (cache.size > MAX_CACHED_FORMS) cache.delete(cache.keys().next().value as string);
  }
  return pending;
}

export async function blankFormResponse(
  c: Context<AppEnv>,
  services: Services,
  org: Org,
  format: FormFormat,
): Promise<Response> {
  let data: Uint8Array;
  try {
    data = await cachedForm(services, org, format);
  } catch (error) {
    c.get('logger')?.error({ err: error }, 'blank application form failed');
    throw new AppError('INTERNAL', '申请表暂时无法生成，请稍后再试，或到政府信息公开工作机构领取纸质申请表');
  }
  return c.body(data as Uint8Array<ArrayBuffer>, 200, {
    'content-type': CONTENT_TYPES[format],
    'content-disposition': contentDisposition(`${org.name}政府信息公开申请表.${format}`, `application-form.${format}`),
    'cache-control': 'public, max-age=3600',
  });
}

/** A portal route rendering the org's blank form. */
export const blankFormRoute =
  (format: FormFormat) =>
  ({ c, services, org }: OrgPageInput): Promise<Response> =>
    blankFormResponse(c, services, org, format);

export const EXPIRED_LINK = '下载链接已失效（链接在查询后 15 分钟内有效）。请重新输入查询码和联系电话查询后再下载。';

/**
 * The reply file behind a download link, or null when the link is invalid or expired, or the file
 * is no longer offered (the case was reopened): the caller shows one message for all of these.
 */
export async function replyDownloadResponse(
  c: Context<AppEnv>,
  services: Services,
  token: string,
): Promise<Response | null> {
  const ticket = openReplyTicket(token);
  if (!ticket) return null;
  try {
    const { attachment, data } = await services.applications.readPublicReply(
      ticket.queryCode,
      ticket.phone,
      ticket.attachmentId,
    );
    return c.body(data as Uint8Array<ArrayBuffer>, 200, {
      'content-type': attachment.contentType,
      'content-disposition': contentDisposition(
        attachment.fileName,
        `reply-${attachment.id}${extensionOf(attachment.fileName)}`,
      ),
      'cache-control': 'no-store',
    });
  } catch (error) {
    // A lost file is the office's problem to hear about, not an expired link.
    if (error instanceof AppError && error.code === 'NOT_FOUND' && !error.detail.includes('丢失')) return null;
    throw error;
  }
}

function extensionOf(fileName: string): string {
  const match = /\.[A-Za-z0-9]{1,5}$/.exec(fileName);
  return match ? match[0].toLowerCase() : '';
}
