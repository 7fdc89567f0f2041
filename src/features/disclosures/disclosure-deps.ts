import type { ServiceDeps } from '../../services.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { FileStorage } from '../files/file-storage.ts';

/** Attachment size limit when the configuration does not set one. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

/** What the disclosure services need beyond the common deps. */
export interface DisclosureDeps extends ServiceDeps {
  files: FileStorage;
  /** The official working-day calendar (Art. 26). */
  getCalendar(): Promise<WorkingCalendar>;
  uploadLimitBytes: number;
}
