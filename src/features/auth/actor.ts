import type { Role } from './roles.ts';

export interface Grant {
  /** role_grant.id */
  id: number;
  orgId: number;
  orgCode: string;
  /** The org's materialised path ('/1/4/'): the grant covers every org whose path starts with it. */
  orgPath: string;
  orgName: string;
  role: Role;
}

/** The signed-in user on whose behalf a service acts. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  grants: Grant[];
  sessionId: string;
  csrfToken: string;
}

/** Where a request came from, for the audit log. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

/** What every state-changing service call receives. */
export interface ActionContext {
  actor: Actor;
  meta: RequestMeta;
}
