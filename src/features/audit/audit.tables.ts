import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | null, never>;

/** Append-only: a trigger refuses UPDATE and DELETE. */
export interface AuditEntryTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string | null;
  org_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  before: Json;
  after: Json;
  ip: string | null;
  request_id: string | null;
}

export interface AuditTables {
  audit_entry: AuditEntryTable;
}
