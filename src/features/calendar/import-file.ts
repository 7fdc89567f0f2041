import { parseCalendarIcs } from './import-ics.ts';
import { parseCalendarJson } from './import-json.ts';
import type { CalendarImportResult } from './import-result.ts';

/** Picks the parser by extension (.json / .ics), else by content. */
export function parseCalendarFile(fileName: string, text: string): CalendarImportResult {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.ics') || lower.endsWith('.ical')) return parseCalendarIcs(text);
  if (lower.endsWith('.json')) return parseCalendarJson(text);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.toUpperCase().startsWith('BEGIN:VCALENDAR')) return parseCalendarIcs(text);
  if (start.startsWith('{') || start.startsWith('[')) return parseCalendarJson(text);
  return { ok: false, errors: [`无法识别文件「${fileName}」的格式：请使用 .json 或 .ics 文件`] };
}
