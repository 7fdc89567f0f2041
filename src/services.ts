// The services every surface (API, portal, CLI) calls. Built once in the composition root.
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { DB } from './db/schema.ts';
import { type ApplicationService, createApplicationService } from './features/applications/application.service.ts';
import { createPublicPortalService, type PublicPortalService } from './features/applications/public-portal.service.ts';
import { createReminderService, type ReminderService } from './features/applications/reminders.ts';
import { type AuditService, createAuditService } from './features/audit/audit.service.ts';
import { type AuthService, createAuthService } from './features/auth/auth.service.ts';
import { type CalendarService, createCalendarService } from './features/calendar/calendar.service.ts';
import { createDisclosureServices, type DisclosureServices } from './features/disclosures/disclosure.service.ts';
import { createPublicPortalQueries, type PublicPortalQueries } from './features/disclosures/public-portal.queries.ts';
import { createLocalFileStorage, createMemoryFileStorage, type FileStorage } from './features/files/file-storage.ts';
import { createOrgService, type OrgService } from './features/orgs/org.service.ts';
import { createRegistryService, type RegistryService } from './features/registries/registries.service.ts';
import { createReviewService, type ReviewService } from './features/reviews/review.service.ts';
import { createSearchService, type SearchService } from './features/search/search.service.ts';
import { createUserService, type UserService } from './features/users/user.service.ts';

/** What a service factory receives. `now` is the clock, replaceable in tests. */
export interface ServiceDeps {
  db: Kysely<DB>;
  config: Config;
  logger: Logger;
  now: () => Date;
}

export interface Services {
  config: Config;
  logger: Logger;
  database: Database;
  auth: AuthService;
  orgs: OrgService;
  users: UserService;
  audit: AuditService;
  calendar: CalendarService;
  applications: ApplicationService;
  /** Deadline reminder e-mails to officers (when SMTP_URL is set). */
  reminders: ReminderService;
  /** The applicant's status view on the portal (query code + phone). */
  publicApplications: PublicPortalService;
  reviews: ReviewService;
  /** Uploaded files: the data directory's files/ (in memory under NODE_ENV=test). */
  files: FileStorage;
  /** 主动公开: catalogue, guide, items and their workflow, attachments, portal reads. */
  disclosures: DisclosureServices;
  /** Portal reads in one statement each (org home's latest items, 索引号 lookup, library years). */
  portalQueries: PublicPortalQueries;
  /** Registries behind annual-report table 二. */
  registries: RegistryService;
  search: SearchService;
}

export function createServices(
  database: Database,
  config: Config,
  logger: Logger,
  now: () => Date = () => new Date(),
): Services {
  const deps: ServiceDeps = { db: database.db, config, logger, now };
  const calendar = createCalendarService(deps);
  const files =
    config.env === 'test'
      ? createMemoryFileStorage(now)
      : createLocalFileStorage(path.join(config.dataDir, 'files'), now);
  const applications = createApplicationService(deps, { calendar, files });
  calendar.onImport(() => applications.refreshProvisionalCases());
  return {
    config,
    logger,
    database,
    auth: createAuthService(deps),
    orgs: createOrgService(deps),
    users: createUserService(deps),
    audit: createAuditService(deps),
    calendar,
    applications,
    reminders: createReminderService(deps, { calendar }),
    publicApplications: createPublicPortalService(deps, applications),
    reviews: createReviewService(deps),
    files,
    disclosures: createDisclosureServices(deps, { files, getCalendar: () => calendar.getCalendar() }),
    portalQueries: createPublicPortalQueries(deps),
    registries: createRegistryService(deps),
    search: createSearchService(deps),
  };
}
