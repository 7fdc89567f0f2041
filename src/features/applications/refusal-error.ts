import { AppError } from '../../core/app-error.ts';
import type { Refusal } from './rules/refusal.ts';

/** A refused step → HTTP: bad input 400, a missing 负责人 role 403, everything else 409. */
export function refusalError(refusal: Refusal): AppError {
  if (refusal.code === 'INVALID_INPUT') {
    return new AppError('VALIDATION_FAILED', refusal.message, [{ field: '(body)', message: refusal.message }]);
  }
  if (refusal.code === 'LEADER_REQUIRED') return new AppError('FORBIDDEN', refusal.message);
  return new AppError('INVALID_TRANSITION', refusal.message);
}

export function versionConflict(current: number, sent: number): AppError {
  return new AppError(
    'VERSION_CONFLICT',
    `该申请已被他人修改（当前版本 ${current}，您提交的是版本 ${sent}），请刷新后重试，以免覆盖他人的修改`,
  );
}
