import { REVIEW_RESULT_LABELS, REVIEW_ROUTE_LABELS } from '../../../../src/features/reviews/review.ts';
import { optionsOf } from './labels.ts';

export const REVIEW_ROUTE_OPTIONS = optionsOf(REVIEW_ROUTE_LABELS);
export const REVIEW_RESULT_OPTIONS = optionsOf(REVIEW_RESULT_LABELS);
