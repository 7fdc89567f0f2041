import type { Generated } from 'kysely';

/** An org's own wording for one kind of letter (key: see letter-templates.ts). */
export interface LetterTemplateTable {
  org_id: number;
  key: string;
  title: string | null;
  body: string;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

export interface LetterTemplateTables {
  letter_template: LetterTemplateTable;
}
