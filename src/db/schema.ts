// The database as Kysely sees it: each feature declares its own tables, composed here.
import type { ApplicationTables } from '../features/applications/application.tables.ts';
import type { LetterTemplateTables } from '../features/applications/letter-templates.tables.ts';
import type { AuditTables } from '../features/audit/audit.tables.ts';
import type { CalendarTables } from '../features/calendar/calendar.tables.ts';
import type { DisclosureTables } from '../features/disclosures/disclosure.tables.ts';
import type { OrgTables } from '../features/orgs/org.tables.ts';
import type { RegistryTables } from '../features/registries/registries.tables.ts';
import type { ReviewTables } from '../features/reviews/review.tables.ts';
import type { SearchTables } from '../features/search/search.tables.ts';
import type { UserTables } from '../features/users/user.tables.ts';

export interface DB
  extends OrgTables,
    UserTables,
    AuditTables,
    CalendarTables,
    ApplicationTables,
    LetterTemplateTables,
    ReviewTables,
    DisclosureTables,
    RegistryTables,
    SearchTables {}
