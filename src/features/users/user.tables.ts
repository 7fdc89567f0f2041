import type { Generated } from 'kysely';
import type { Role } from '../auth/roles.ts';

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  is_active: Generated<boolean>;
  phone: string | null;
  email: string | null;
  last_login_at: Date | null;
  password_changed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RoleGrantTable {
  id: Generated<number>;
  user_id: number;
  org_id: number;
  role: Role;
  created_at: Generated<Date>;
}

export interface UserSessionTable {
  /** SHA-256 of the session token: a leaked table does not leak live sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
}

/** Failed sign-ins under names without an account (see auth.service refuseUnknown). */
export interface UnknownLoginTable {
  username: string;
  failed_attempts: number;
  locked_until: Date | null;
  updated_at: Generated<Date>;
}

export interface UserTables {
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  user_session: UserSessionTable;
  unknown_login: UnknownLoginTable;
}
