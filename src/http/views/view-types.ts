import type { OrgKind } from '../../features/orgs/org.tables.ts';

/** What the page chrome shows about an org: its name in the header, its office in the footer. */
export interface SiteOrg {
  kind: OrgKind;
  name: string;
  shortName: string | null;
  code: string;
  disclosureOffice: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  fax: string | null;
  address: string | null;
  postalCode: string | null;
  officeHours: string | null;
}

export interface NavLink {
  href: string;
  label: string;
  isCurrent: boolean;
}

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/** Everything the layout needs besides the page body. */
export interface PageChrome {
  /** The page's own name; the document title appends the site name. */
  title: string;
  /** The single h1; defaults to `title`. */
  heading?: string;
  /** The org whose portal this is; null on platform pages. */
  org: SiteOrg | null;
  /** The org whose office the footer names when `org` is null (the platform's host). */
  host?: SiteOrg | null;
  nav: NavLink[];
  breadcrumbs: Crumb[];
  /** 适老化 large-text mode. */
  isLargeText: boolean;
  /** Path and query of this page, so the mode toggle can come back here. */
  currentUrl: string;
}
