// SQL for a case's timeline, notes and attachments.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ApplicationAttachmentTable, ApplicationEventTable, ApplicationNoteTable } from './application.tables.ts';

export type EventRow = Selectable<ApplicationEventTable> & { by_name: string | null };
export type NoteRow = Selectable<ApplicationNoteTable> & { author_name: string | null };
export type AttachmentRow = Selectable<ApplicationAttachmentTable> & { uploaded_by_name: string | null };

export async function findEvents(db: Kysely<DB>, applicationId: number): Promise<EventRow[]> {
  return db
    .selectFrom('application_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.by_user_id')
    .selectAll('e')
    .select('u.display_name as by_name')
    .where('e.application_id', '=', applicationId)
    .orderBy('e.seq')
    .execute();
}

/** Events of many cases at once (figures for reopened cases). */
export async function findEventsOf(
  db: Kysely<DB>,
  applicationIds: readonly number[],
): Promise<Map<number, EventRow[]>> {
  const map = new Map<number, EventRow[]>();
  if (applicationIds.length === 0) return map;
  const rows = await db
    .selectFrom('application_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.by_user_id')
    .selectAll('e')
    .select('u.display_name as by_name')
    .where('e.application_id', 'in', [...applicationIds])
    .orderBy('e.application_id')
    .orderBy('e.seq')
    .execute();
  for (const row of rows) map.set(row.application_id, [...(map.get(row.application_id) ?? []), row]);
  return map;
}

export interface NewEvent {
  applicationId: number;
  seq: number;
  type: string;
  on: string;
  byUserId: number | null;
  data: Record<string, unknown>;
  at: Date;
}

export async function insertEvent(db: Kysely<DB>, event: NewEvent): Promise<void> {
  await db
    .insertInto('application_event')
    .values({
      application_id: event.applicationId,
      seq: event.seq,
      type: event.type,
      occurred_on: event.on,
      by_user_id: event.byUserId,
      data: JSON.stringify(event.data),
      created_at: event.at,
    })
    .execute();
}

export async function findNotes(db: Kysely<DB>, applicationId: number): Promise<NoteRow[]> {
  return db
    .selectFrom('application_note as n')
    .leftJoin('app_user as u', 'u.id', 'n.author_id')
    .selectAll('n')
    .select('u.display_name as author_name')
    .where('n.application_id', '=', applicationId)
    .orderBy('n.id')
    .execute();
}

export async function insertNote(
  db: Kysely<DB>,
  note: { applicationId: number; authorId: number; body: string; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('application_note')
    .values({ application_id: note.applicationId, author_id: note.authorId, body: note.body, created_at: note.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findAttachments(db: Kysely<DB>, applicationId: number): Promise<AttachmentRow[]> {
  return db
    .selectFrom('application_attachment as a')
    .leftJoin('app_user as u', 'u.id', 'a.uploaded_by')
    .selectAll('a')
    .select('u.display_name as uploaded_by_name')
    .where('a.application_id', '=', applicationId)
    .orderBy('a.id')
    .execute();
}

export interface NewAttachment {
  applicationId: number;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: number | null;
  at: Date;
}

export async function insertAttachment(db: Kysely<DB>, a: NewAttachment): Promise<number> {
  const row = await db
    .insertInto('application_attachment')
    .values({
      application_id: a.applicationId,
      kind: a.kind,
      file_name: a.fileName,
      content_type: a.contentType,
      size_bytes: a.sizeBytes,
      sha256: a.sha256,
      storage_key: a.storageKey,
      uploaded_by: a.uploadedBy,
      created_at: a.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
