/**
 * The one way the back office talks to /api/v1: JSON in and out, the CSRF header on
 * every state-changing request, problem+json turned into ApiError.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail: string;
  fields?: FieldProblem[];
  requestId?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.fields = problem.fields ?? [];
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Don't show the error message; the caller shows it itself (e.g. inline on the sign-in form). */
  quiet?: boolean;
}

const API_BASE = '/api/v1';
export const CSRF_COOKIE = 'gk_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD']);
/** 401 codes that mean "your session is gone" (wrong password is a 401 too, but not one of these). */
const SESSION_LOST = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);

let sessionCsrfToken: string | null = null;
let notifyError: (text: string) => void = (text) => console.error(text);
let onSessionLost: (error: ApiError) => void = () => {};
let onPasswordChangeRequired: () => void = () => {};

/** The signed-in session's token (from login or /auth/me); null when signed out. */
export function setCsrfToken(token: string | null): void {
  sessionCsrfToken = token;
}

export function configureClient(handlers: {
  notifyError?: (text: string) => void;
  onSessionLost?: (error: ApiError) => void;
  onPasswordChangeRequired?: () => void;
}): void {
  if (handlers.notifyError) notifyError = handlers.notifyError;
  if (handlers.onSessionLost) onSessionLost = handlers.onSessionLost;
  if (handlers.onPasswordChangeRequired) onPasswordChangeRequired = handlers.onPasswordChangeRequired;
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function toProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    status: response.status,
    code: `HTTP_${response.status}`,
    detail: `请求失败（${response.status}），请稍后重试`,
  };
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.detail !== 'string' || typeof body.code !== 'string') return fallback;
    return { ...fallback, ...body, status: response.status } as Problem;
  } catch {
    return fallback;
  }
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    const token = sessionCsrfToken ?? readCookie(CSRF_COOKIE);
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    const error = new ApiError({ status: 0, code: 'NETWORK', detail: '无法连接服务器，请检查网络后重试' });
    if (!options.quiet) notifyError(error.message);
    throw error;
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const error = new ApiError(await toProblem(response));
  if (error.status === 401 && SESSION_LOST.has(error.code)) {
    sessionCsrfToken = null;
    onSessionLost(error);
  } else if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') {
    onPasswordChangeRequired();
  }
  if (!options.quiet) notifyError(describe(error));
  throw error;
}

/** Field problems read better as their own messages (they name the field in Chinese) than as `detail`. */
function describe(error: ApiError): string {
  return error.fields.length > 0 ? error.fields.map((field) => field.message).join('；') : error.message;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, options?: RequestOptions) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
