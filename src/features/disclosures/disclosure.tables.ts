import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | null, string | null>;
/** PostgreSQL `date`: both drivers return 'YYYY-MM-DD'. */
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export type ColumnKind = `a20-${number}` | `a21-${number}` | 'custom';
export type UpdateClass = 'news' | 'notice' | 'policy' | 'normative' | 'plan' | 'statistics' | 'budget' | 'other';
export type DocType = UpdateClass | 'interpretation';
export type ItemState = 'draft' | 'submitted' | 'reviewed' | 'approved' | 'scheduled' | 'published' | 'withdrawn';
export type Validity = 'valid' | 'expired' | 'abolished';

export interface CatalogueColumnTable {
  id: Generated<number>;
  org_id: number;
  parent_id: number | null;
  name: string;
  code: string;
  kind: ColumnKind;
  update_class: UpdateClass;
  sort: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DisclosureGuideTable {
  org_id: number;
  body_html: string;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface ItemTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  body_html: Generated<string>;
  index_no: string | null;
  publisher: string;
  formed_on: NullableDate;
  changed_on: NullableDate;
  doc_no: string | null;
  topic: string | null;
  disclosure_method: Generated<string>;
  doc_type: Generated<DocType>;
  validity: Validity | null;
  effective_on: NullableDate;
  invalid_on: NullableDate;
  interprets_item_id: number | null;
  state: Generated<ItemState>;
  scheduled_at: Date | null;
  version: Generated<number>;
  live_version_no: number | null;
  first_published_at: Date | null;
  published_at: Date | null;
  drafted_by: number | null;
  drafted_at: Date | null;
  submitted_by: number | null;
  submitted_at: Date | null;
  reviewed_by: number | null;
  reviewed_at: Date | null;
  review_checklist: Json;
  review_conclusion: string | null;
  review_grounds: string | null;
  approved_by: number | null;
  approved_at: Date | null;
  published_by: number | null;
  sent_back_by: number | null;
  sent_back_at: Date | null;
  sent_back_from: ItemState | null;
  sent_back_reason: string | null;
  withdrawn_by: number | null;
  withdrawn_at: Date | null;
  withdraw_reason: string | null;
  withdraw_notice: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ItemColumnTable {
  item_id: number;
  column_id: number;
}

export interface ItemVersionTable {
  id: Generated<number>;
  item_id: number;
  version_no: number;
  org_id: number;
  title: string;
  body_html: string;
  index_no: string;
  publisher: string;
  formed_on: NullableDate;
  changed_on: NullableDate;
  doc_no: string | null;
  topic: string | null;
  disclosure_method: string;
  doc_type: DocType;
  validity: Validity | null;
  effective_on: NullableDate;
  invalid_on: NullableDate;
  interprets_item_id: number | null;
  column_ids: number[];
  attachments: Json;
  published_at: Date;
  published_by: number | null;
  drafted_by: number | null;
  drafted_at: Date | null;
  reviewed_by: number | null;
  reviewed_at: Date | null;
  review_checklist: Json;
  review_conclusion: string | null;
  review_grounds: string | null;
  approved_by: number | null;
  approved_at: Date | null;
  working_days_to_publish: number | null;
  is_late: Generated<boolean>;
  timeliness_provisional: Generated<boolean>;
}

export interface PublicItemColumnTable {
  column_id: number;
  item_id: number;
  published_at: Date;
}

export interface ItemAttachmentTable {
  id: Generated<number>;
  item_id: number;
  storage_key: string;
  file_name: string;
  media_type: string;
  ext: string;
  size_bytes: number;
  sha256: string;
  extracted_text: string | null;
  sort: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  removed_at: Date | null;
}

export interface IndexNoCounterTable {
  prefix: string;
  last_value: number;
}

export interface DisclosureTables {
  catalogue_column: CatalogueColumnTable;
  disclosure_guide: DisclosureGuideTable;
  item: ItemTable;
  item_column: ItemColumnTable;
  item_version: ItemVersionTable;
  public_item_column: PublicItemColumnTable;
  item_attachment: ItemAttachmentTable;
  index_no_counter: IndexNoCounterTable;
}
