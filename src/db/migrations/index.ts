import type { Migration } from 'kysely';
import * as foundation from './202611262000-foundation.ts';
import * as applications from './202611262100-applications.ts';
import * as disclosures from './202611262110-disclosures.ts';
import * as portalReadIndexes from './202611262145-portal-read-indexes.ts';
import * as searchColumnsIndex from './202611262215-search-columns-index.ts';
import * as applicationDashboardIndexes from './202611262251-application-dashboard-indexes.ts';
import * as applicationReplyText from './202611271000-application-reply-text.ts';
import * as applicationReminders from './202611271100-application-reminders.ts';
import * as unknownNameLockout from './202611271110-unknown-name-lockout.ts';
import * as letterTemplates from './202611271200-letter-templates.ts';
import * as portalChangeNotices from './202611280900-portal-change-notices.ts';

/** Forward-only migrations in order. Never edit one that has landed; add a new file. */
export const MIGRATIONS: Record<string, Migration> = {
  '202611262000-foundation': foundation,
  '202611262100-applications': applications,
  '202611262110-disclosures': disclosures,
  '202611262145-portal-read-indexes': portalReadIndexes,
  '202611262215-search-columns-index': searchColumnsIndex,
  '202611262251-application-dashboard-indexes': applicationDashboardIndexes,
  '202611271000-application-reply-text': applicationReplyText,
  '202611271100-application-reminders': applicationReminders,
  '202611271110-unknown-name-lockout': unknownNameLockout,
  '202611271200-letter-templates': letterTemplates,
  '202611280900-portal-change-notices': portalChangeNotices,
};
