import type { NormativeDocument, NormativeInput } from './registry-types.ts';

export type LifeCycleEvent = 'revised' | 'abolished' | 'expired';

export const EVENTS: { value: LifeCycleEvent; label: string }[] = [
  { value: 'revised', label: '修订' },
  { value: 'abolished', label: '废止' },
  { value: 'expired', label: '失效' },
];

/** The patch that records one life-cycle event; a document ends one way only (废止 or 失效). */
export function lifeCyclePatch(
  doc: Pick<NormativeDocument, 'revisedOn'>,
  event: LifeCycleEvent,
  date: string,
): Partial<NormativeInput> {
  if (event === 'revised') return { revisedOn: [...new Set([...doc.revisedOn, date])].sort() };
  return event === 'abolished' ? { abolishedOn: date, expiredOn: null } : { expiredOn: date, abolishedOn: null };
}
