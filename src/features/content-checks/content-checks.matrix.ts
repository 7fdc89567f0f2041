// Authorization matrix rows (see src/http/api/authorization-matrix.ts) for the content-checks routes.
import type { MatrixRows, Who } from '../../http/api/authorization-matrix.ts';
import { WHO } from '../../http/api/authorization-matrix.ts';

const SIGNED_IN: Who[] = WHO.filter((w) => w !== 'anonymous');

export const MATRIX_ROWS: MatrixRows = {
  'GET /v1/content-checks/sensitive-words': { allowed: SIGNED_IN, okStatus: 200, prepare: () => ({}) },
};
