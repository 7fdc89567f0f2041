// Keeps the search index in step with what the portal shows: called inside the publishing
// transaction, so an item is findable exactly when it is public.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { chinaYear } from '../disclosures/timeliness.ts';
import { deleteSearchDoc, upsertSearchDoc } from './search.repo.ts';
import { indexTokens } from './segmenter.ts';

export interface IndexableItem {
  itemId: number;
  orgId: number;
  columnIds: number[];
  publishedAt: Date;
  docType: string;
  title: string;
  /** Body as plain text. */
  bodyText: string;
  /** Text extracted from Word and PDF attachments. */
  attachmentTexts: string[];
}

export async function indexPublishedItem(db: Kysely<DB>, item: IndexableItem): Promise<void> {
  const fullText = [item.bodyText, ...item.attachmentTexts].filter(Boolean).join('\n');
  await upsertSearchDoc(db, {
    itemId: item.itemId,
    orgId: item.orgId,
    columnIds: item.columnIds,
    year: chinaYear(item.publishedAt),
    docType: item.docType,
    title: item.title,
    bodyText: fullText,
    publishedAt: item.publishedAt,
    titleTokens: indexTokens(item.title),
    tokens: indexTokens(fullText),
  });
}

export function removeItemFromIndex(db: Kysely<DB>, itemId: number): Promise<void> {
  return deleteSearchDoc(db, itemId);
}
