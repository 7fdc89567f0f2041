// Authorization matrix rows (see src/http/api/authorization-matrix.ts) for the content-checks routes.
import type { MatrixRows } from '../../http/api/authorization-matrix.ts';
import { SIGNED_IN } from '../../http/api/authorization-matrix.ts';

export const MATRIX_ROWS: MatrixRows = {
  'GET /v1/content-checks/sensitive-words': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
};
