/** Stable error codes, mapped to HTTP status in one place (src/http/errors.ts). */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_DETAIL: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '提交的内容有误，请检查后重试',
  MALFORMED_JSON: '请求内容不是有效的 JSON',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  INVALID_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_LOCKED: '连续登录失败次数过多，账户已锁定 15 分钟',
  PASSWORD_CHANGE_REQUIRED: '首次登录请先修改密码',
  CSRF_FAILED: '页面已失效（安全令牌不匹配），请刷新后重试',
  FORBIDDEN: '您没有执行此操作的权限',
  NOT_FOUND: '未找到相应内容',
  CONFLICT: '操作与现有数据冲突',
  INVALID_TRANSITION: '当前状态下不允许此操作',
  VERSION_CONFLICT: '数据已被他人修改，请刷新后重试',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  DATABASE_UNAVAILABLE: '数据库暂时无法访问，请稍后再试',
  INTERNAL: '服务器内部错误，请稍后再试',
};

export interface FieldProblem {
  /** Dotted path of the field, e.g. `applicant.name`. */
  field: string;
  message: string;
}

/** A typed error with a stable code and a Chinese detail for people. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string = DEFAULT_DETAIL[code],
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${code}: ${detail}`);
    this.status = ERROR_STATUS[code];
  }
}

export function notFound(what = '未找到相应内容'): AppError {
  return new AppError('NOT_FOUND', what);
}

export function forbidden(detail?: string): AppError {
  return new AppError('FORBIDDEN', detail);
}

export function conflict(detail: string): AppError {
  return new AppError('CONFLICT', detail);
}
