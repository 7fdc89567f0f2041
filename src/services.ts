// The services every surface (API, portal, CLI) calls. Built once in the composition root.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { DB } from './db/schema.ts';
import { type AuditService, createAuditService } from './features/audit/audit.service.ts';
import { type AuthService, createAuthService } from './features/auth/auth.service.ts';
import { createOrgService, type OrgService } from './features/orgs/org.service.ts';
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
}

export function createServices(database: Database, config: Config, logger: Logger, now: () => Date = () => new Date()): Services {
  const deps: ServiceDeps = { db: database.db, config, logger, now };
  return {
    config,
    logger,
    database,
    auth: createAuthService(deps),
    orgs: createOrgService(deps),
    users: createUserService(deps),
    audit: createAuditService(deps),
  };
}
