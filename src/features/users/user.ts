import type { Grant } from '../auth/actor.ts';
import { ROLE_LABELS, type Role } from '../auth/roles.ts';

export interface UserGrant {
  id: number;
  orgId: number;
  orgName: string;
  role: Role;
  roleLabel: string;
}

/** A user as administrators see it (never the password hash). */
export interface User {
  id: number;
  username: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  grants: UserGrant[];
}

/** The stored account, as the auth and user services need it. */
export interface UserAccount {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: Date | null;
  isActive: boolean;
  phone: string | null;
  email: string | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface GrantInput {
  orgId: number;
  role: Role;
}

/** Lowercase letters, digits, dot, underscore, hyphen; 3–32 characters, starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

export function toUserGrant(grant: Grant): UserGrant {
  return {
    id: grant.id,
    orgId: grant.orgId,
    orgName: grant.orgName,
    role: grant.role,
    roleLabel: ROLE_LABELS[grant.role],
  };
}

export function toUser(account: UserAccount, grants: Grant[], now: Date): User {
  const locked = account.lockedUntil && account.lockedUntil.getTime() > now.getTime() ? account.lockedUntil : null;
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    phone: account.phone,
    email: account.email,
    isActive: account.isActive,
    mustChangePassword: account.mustChangePassword,
    lockedUntil: locked ? locked.toISOString() : null,
    lastLoginAt: account.lastLoginAt ? account.lastLoginAt.toISOString() : null,
    createdAt: account.createdAt.toISOString(),
    grants: grants.map(toUserGrant),
  };
}
