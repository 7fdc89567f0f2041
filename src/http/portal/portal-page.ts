// What a portal page handler receives and returns; the portal app wraps results in the layout.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Org, OrgNode } from '../../features/orgs/org.ts';
import type { Services } from '../../services.ts';
import type { AppEnv } from '../app-env.ts';
import type { Crumb } from '../views/view-types.ts';
import type { PortalDirectory } from './portal-data.ts';

export interface PageResult {
  title: string;
  /** The h1, when it differs from the title. */
  heading?: string;
  body: Child;
  /** Breadcrumbs between the org (org pages) or the platform home (platform pages) and this page. */
  crumbs?: Crumb[];
  status?: 200 | 400 | 404;
  /** Personal data or one-time tokens on the page: sent with `cache-control: no-store`, no ETag. */
  isPrivate?: boolean;
}

export interface PlatformPageInput {
  c: Context<AppEnv>;
  services: Services;
  directory: PortalDirectory;
}

export interface OrgPageInput {
  c: Context<AppEnv>;
  services: Services;
  directory: PortalDirectory;
  /** The org whose portal this is, with its public children. */
  org: OrgNode;
  parent: Org | null;
}

/** Links every org page uses, in one place. */
export function orgHref(org: { code: string }, path = ''): string {
  return `/o/${org.code}/${path}`;
}

// Building a formatter costs far more than using one: pages format many dates.
const CHINA_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });

/** YYYY-MM-DD in China Standard Time. */
export function formatDate(date: Date | string): string {
  return CHINA_DATE.format(new Date(date));
}
