import type { FormInstance } from 'antd';
import { ApiError } from './client.ts';

function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the API's `fields[]` problems under the matching form inputs. The client has
 * already shown `detail` as a message; this tells the user which box to fix.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): void {
  if (!(error instanceof ApiError) || error.fields.length === 0) return;
  form.setFields(error.fields.map((problem) => ({ name: toNamePath(problem.field), errors: [problem.message] })));
}
