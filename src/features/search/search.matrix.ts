// Authorization matrix row for search: public, for everyone.
import type { MatrixRows } from '../../http/api/authorization-matrix.ts';
import { WHO } from '../../http/api/authorization-matrix.ts';

export const MATRIX_ROWS: MatrixRows = {
  'GET /v1/search': {
    allowed: WHO,
    okStatus: 200,
    prepare: () => ({ path: `/v1/search?q=${encodeURIComponent('行政许可')}&org=fugou` }),
  },
};
