// Test helpers for the 依申请公开 pages: a cookie-keeping "browser" that posts HTML forms the way
// a browser does (url-encoded, with the page's hidden _csrf field), and a valid set of fields.
import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

export interface PageResponse {
  status: number;
  html: string;
  headers: Headers;
  bytes: Uint8Array;
}

export interface FormBrowser {
  get(path: string): Promise<PageResponse>;
  /** Posts `fields` url-encoded; `_csrf` is taken from the last page's hidden field unless given. */
  post(path: string, fields: Record<string, string>, options?: { omitCsrf?: boolean }): Promise<PageResponse>;
  /** Posts multipart/form-data (a form with a file input), `_csrf` as for post(). */
  postMultipart(
    path: string,
    fields: Record<string, string>,
    files?: Record<string, { name: string; type: string; data: Uint8Array }>,
  ): Promise<PageResponse>;
  cookie(name: string): string | undefined;
}

let lastOctet = 10;
/** A fresh client address per browser, so rate limits of one test do not reach another. */
export function nextIp(): string {
  lastOctet += 1;
  return `203.0.113.${lastOctet % 250}`;
}

export function hiddenCsrf(html: string): string | undefined {
  return /<input type="hidden" name="_csrf" value="([^"]*)"/.exec(html)?.[1];
}

export function createFormBrowser(app: Hono<AppEnv>, ip = nextIp()): FormBrowser {
  const jar = new Map<string, string>();
  let lastCsrf: string | undefined;
  const send = async (path: string, init: RequestInit = {}): Promise<PageResponse> => {
    const headers = new Headers(init.headers);
    headers.set('x-forwarded-for', ip);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await app.request(path, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || attributes.some((a) => /max-age=0\b/i.test(a.trim()))) jar.delete(name);
      else jar.set(name, value);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const html = new TextDecoder().decode(bytes);
    lastCsrf = hiddenCsrf(html) ?? lastCsrf;
    return { status: res.status, html, headers: res.headers, bytes };
  };
  return {
    get: (path) => send(path),
    post(path, fields, options = {}) {
      const body = new URLSearchParams(fields);
      if (!options.omitCsrf && !body.has('_csrf') && lastCsrf) body.set('_csrf', lastCsrf);
      return send(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
    },
    postMultipart(path, fields, files = {}) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      if (!form.has('_csrf') && lastCsrf) form.set('_csrf', lastCsrf);
      for (const [name, file] of Object.entries(files)) {
        form.set(name, new File([file.data as Uint8Array<ArrayBuffer>], file.name, { type: file.type }));
      }
      return send(path, { method: 'POST', body: form });
    },
    cookie: (name) => jar.get(name),
  };
}

/** The value of a hidden input in the page. */
export function hiddenField(html: string, name: string): string | undefined {
  return new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html)?.[1];
}

// A valid GB 11643 number (check digit 6), invented.
export const VALID_ID = '412727199001011236';

export function validFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    applicantType: 'naturalPerson',
    name: '李四',
    idType: 'residentId',
    idNumber: VALID_ID,
    phone: '13912345678',
    email: 'lisi@example.com',
    address: '河南省周口市扶沟县城关镇桐丘路9号',
    postalCode: '461300',
    description: '2024年扶沟县城关镇老旧小区改造项目的实施方案',
    documentNumbers: '',
    purpose: '',
    formWanted: 'electronic',
    delivery: 'online',
    privacy: 'yes',
    website: '',
    ...overrides,
  };
}

/** The text of an HTML fragment, tags dropped (for asserting on what a person reads). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
