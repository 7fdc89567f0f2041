import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError, type FieldProblem } from '../core/app-error.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  fields?: FieldProblem[];
  requestId?: string;
}

const DB_UNAVAILABLE = [
  /ECONNREFUSED/,
  /Connection terminated/,
  /PGlite is closed/,
  /terminating connection/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error/,
  /driver has already been destroyed/,
  /Cannot use a pool after calling end/,
  /is not currently accepting connections/,
];
// Connection failures, too many connections, missing database, admin shutdown, server starting.
const UNAVAILABLE_CODES = ['ECONNREFUSED', '53300', '3D000'];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code ?? '';
  if (UNAVAILABLE_CODES.includes(code) || code.startsWith('57P') || code.startsWith('08')) return true;
  return DB_UNAVAILABLE.some((pattern) => pattern.test(error.message));
}

export function zodFields(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
}

/** Maps any thrown value to a typed application error (unknown ones become INTERNAL). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError)
    return new AppError('VALIDATION_FAILED', describeFields(zodFields(error)), zodFields(error));
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (error.status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 application/json 提交');
    if (error.status === 400 && /JSON/i.test(error.message)) return new AppError('MALFORMED_JSON');
    if (error.status === 400) return new AppError('VALIDATION_FAILED');
    if (error.status === 404) return new AppError('NOT_FOUND');
    if (error.status === 401) return new AppError('UNAUTHENTICATED');
    if (error.status === 403) return new AppError('FORBIDDEN');
  }
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_UNAVAILABLE');
  return new AppError('INTERNAL');
}

export function describeFields(fields: FieldProblem[]): string {
  if (fields.length === 0) return '提交的内容有误';
  return fields.map((f) => `${f.field}：${f.message}`).join('；');
}

export function toProblem(error: AppError, requestId?: string): Problem {
  return {
    type: `https://gongkai.invalid/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: error.code,
    status: error.status,
    code: error.code,
    detail: error.detail,
    ...(error.fields.length > 0 ? { fields: error.fields } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
