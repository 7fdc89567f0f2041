// The words and tone of a list row's Art. 26 flag.
import type { ItemListEntry } from './disclosure-types.ts';

export interface TimelinessLabel {
  text: string;
  tone: 'ok' | 'warning' | 'danger';
  detail: string;
}

/** Warn this many working days before the deadline (as the dashboard does). */
export const NEARING_WORKING_DAYS = 5;

export function timelinessLabel(timeliness: ItemListEntry['timeliness']): TimelinessLabel | null {
  if (!timeliness) return null;
  const { referenceDate, deadline, workingDaysElapsed, workingDaysLeft, isLate, published } = timeliness;
  const span = `起算日 ${referenceDate}，最迟 ${deadline} 公开`;
  if (published)
    return isLate
      ? { text: '逾期公开', tone: 'danger', detail: `${span}；发布时已过 ${workingDaysElapsed} 个工作日` }
      : { text: '按时', tone: 'ok', detail: `${span}；发布时已过 ${workingDaysElapsed} 个工作日` };
  if (isLate) return { text: '已超期', tone: 'danger', detail: `${span}；尚未发布，已超过 20 个工作日` };
  if (workingDaysLeft <= NEARING_WORKING_DAYS)
    return { text: `剩 ${workingDaysLeft} 个工作日`, tone: 'warning', detail: `${span}；尚未发布` };
  return { text: '未到期', tone: 'ok', detail: `${span}；尚未发布，还剩 ${workingDaysLeft} 个工作日` };
}
