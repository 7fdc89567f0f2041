import type { ColumnType, Generated } from 'kysely';

/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T | null, string | null, string | null>;

export interface ApplicationCounterTable {
  org_id: number;
  year: number;
  last_number: number;
}

export interface ApplicationTable {
  id: Generated<number>;
  org_id: number;
  case_number: string;
  case_year: number;
  case_seq: number;
  /** Random and unguessable: with the phone number it opens the public status page. */
  query_code: string;
  channel: string;
  received_on: string;
  receipt_rule: string;
  applicant_type: string;
  applicant_name: string;
  applicant_id_type: string | null;
  applicant_id_number: string | null;
  applicant_id_warning: string | null;
  applicant_phone: string;
  applicant_email: string | null;
  applicant_address: string | null;
  applicant_postal_code: string | null;
  applicant_credit_code: string | null;
  applicant_contact_person: string | null;
  /** Who the applicant is, for counting 按件 fees per applicant per month. */
  applicant_key: string;
  description: string;
  document_numbers: string | null;
  purpose: string | null;
  form_wanted: string;
  delivery: string;
  /** The description segmented by jieba, space-separated (search_vector is generated from it). */
  tokens: Generated<string>;
  search_vector: ColumnType<string, never, never>;
  // Derived from the timeline on every change (never typed): a cache for fast queues.
  state: Generated<string>;
  is_open: Generated<boolean>;
  clock_status: Generated<string>;
  due_on: string | null;
  is_provisional: Generated<boolean>;
  applicant_due_on: string | null;
  outcome: string | null;
  legal_basis: string | null;
  reasons: string | null;
  withheld_details: Json<unknown>;
  extension_request: Json<unknown>;
  /** Staff's edit of the reply letter before approval: { outcome, paragraphs, editedBy, editedAt }. */
  reply_text: Json<unknown>;
  fee_amount: number | null;
  fee_basis: string | null;
  assigned_section_id: number | null;
  assigned_officer_id: number | null;
  closed_on: string | null;
  reopen_count: Generated<number>;
  disclosure_proposal: Json<unknown>;
  registered_by: number | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ApplicationEventTable {
  id: Generated<number>;
  application_id: number;
  seq: number;
  type: string;
  occurred_on: string;
  by_user_id: number | null;
  data: ColumnType<Record<string, unknown>, string, string>;
  created_at: Generated<Date>;
}

export interface ApplicationNoteTable {
  id: Generated<number>;
  application_id: number;
  author_id: number | null;
  body: string;
  created_at: Generated<Date>;
}

export interface ApplicationAttachmentTable {
  id: Generated<number>;
  application_id: number;
  kind: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: number | null;
  created_at: Generated<Date>;
}

export interface ApplicationReminderTable {
  officer_id: number;
  day: string;
  case_count: number;
  sent_at: Generated<Date>;
}

export interface ApplicationTables {
  application_reminder: ApplicationReminderTable;
  application_counter: ApplicationCounterTable;
  application: ApplicationTable;
  application_event: ApplicationEventTable;
  application_note: ApplicationNoteTable;
  application_attachment: ApplicationAttachmentTable;
}
