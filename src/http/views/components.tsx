import { type Child, type FC, Fragment } from 'hono/jsx';
import type { Crumb, SiteOrg } from './view-types.ts';

/** The disclosure office's contact details, omitting what the org has not filled in. */
export const ContactDetails: FC<{ org: SiteOrg }> = ({ org }) => {
  const rows: [string, string][] = [['机构名称', org.disclosureOffice ?? org.name]];
  if (org.address) rows.push(['办公地址', org.postalCode ? `${org.address}（邮编 ${org.postalCode}）` : org.address]);
  if (org.officeHours) rows.push(['办公时间', org.officeHours]);
  if (org.contactPhone) rows.push(['联系电话', org.contactPhone]);
  if (org.fax) rows.push(['传真', org.fax]);
  if (org.contactEmail) rows.push(['电子邮箱', org.contactEmail]);
  return (
    <dl class="details">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
};

export const Breadcrumbs: FC<{ crumbs: Crumb[] }> = ({ crumbs }) => {
  if (crumbs.length === 0) return null;
  return (
    <nav class="breadcrumbs" aria-label="当前位置">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.label}>
            {crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
};

export const Notice: FC<{ children?: Child }> = ({ children }) => <div class="notice">{children}</div>;

/** A titled panel; `headingId` ties the section's accessible name to its heading. */
export const Panel: FC<{
  title: string;
  headingId: string;
  more?: { href: string; label: string };
  children?: Child;
}> = ({ title, headingId, more, children }) => (
  <section class="panel" aria-labelledby={headingId}>
    <div class="panel-head">
      <h2 id={headingId}>{title}</h2>
      {more ? <a href={more.href}>{more.label}</a> : null}
    </div>
    {children}
  </section>
);

export interface ListedItem {
  title: string;
  href: string;
  /** YYYY-MM-DD */
  date?: string;
}

/** A list of linked items with dates, or a plain note when there are none. */
export const ItemList: FC<{ items: ListedItem[]; emptyText: string }> = ({ items, emptyText }) => {
  if (items.length === 0) return <p class="muted">{emptyText}</p>;
  return (
    <ul class="link-list">
      {items.map((item) => (
        <li key={item.href}>
          {item.date ? <span class="date">{item.date}</span> : null}
          <a href={item.href}>{item.title}</a>
        </li>
      ))}
    </ul>
  );
};
