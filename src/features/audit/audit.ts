import type { RequestMeta } from '../auth/actor.ts';

/** Who did it: a signed-in user, or nobody (failed sign-in of an unknown name, CLI bootstrap). */
export interface AuditActor {
  userId: number;
  displayName: string;
}

export interface AuditRecord {
  actor: AuditActor | null;
  meta: RequestMeta;
  orgId: number | null;
  /** Dotted verb, e.g. 'org.create', 'auth.login_failed'. */
  action: string;
  targetType: string | null;
  targetId: string | number | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the database clock; services pass their injected clock. */
  at?: Date;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number | null;
  orgName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

export interface AuditFilters {
  orgId?: number;
  actorId?: number;
  action?: string;
  targetType?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  /** Matches the actor's name, the action or the target id. */
  q?: string;
}
