import type { ColumnType } from 'kysely';

export interface SearchDocTable {
  item_id: number;
  org_id: number;
  column_ids: number[];
  year: number;
  doc_type: string;
  title: string;
  /** Plain text of body and attachments, for snippets. */
  body_text: string;
  published_at: Date;
  /** jieba tokens, space-joined: the tsvector is generated from these. */
  title_tokens: string;
  tokens: string;
  tsv: ColumnType<string, never, never>;
}

export interface SearchTables {
  search_doc: SearchDocTable;
}
