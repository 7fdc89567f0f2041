import type { ColumnType, Generated } from 'kysely';

export type OrgKind = 'government' | 'department' | 'section';

export interface OrgTable {
  id: Generated<number>;
  parent_id: number | null;
  kind: OrgKind;
  name: string;
  short_name: string | null;
  /** URL-safe code: the portal serves the org at /o/<code>/. */
  code: string;
  /** 统一社会信用代码 (sections usually have none). */
  credit_code: string | null;
  /** Materialised ancestry, e.g. '/1/4/9/', for subtree checks. */
  path: Generated<string>;
  disclosure_office: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  fax: string | null;
  address: string | null;
  postal_code: string | null;
  office_hours: string | null;
  sort_order: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrgSettingTable {
  org_id: number;
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
}

export interface OrgTables {
  org: OrgTable;
  org_setting: OrgSettingTable;
}
