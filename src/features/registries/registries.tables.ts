import type { ColumnType, Generated } from 'kysely';

type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export type NormativeKind = 'regulation' | 'normative';
export type DecisionKind = 'licensing' | 'penalty' | 'coercion';

export interface NormativeDocumentTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  doc_no: string | null;
  kind: NormativeKind;
  issued_on: string;
  revised_on: ColumnType<string[], string[] | undefined, string[]>;
  abolished_on: NullableDate;
  expired_on: NullableDate;
  item_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DecisionCountTable {
  org_id: number;
  year: number;
  month: number;
  kind: DecisionKind;
  count: number;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface FeeAmountTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  month: number | null;
  /** numeric: both drivers return it as a string, kept exact. */
  amount_wan_yuan: ColumnType<string, string, string>;
  updated_at: Generated<Date>;
  updated_by: number | null;
}

export interface RegistryTables {
  normative_document: NormativeDocumentTable;
  decision_count: DecisionCountTable;
  fee_amount: FeeAmountTable;
}
