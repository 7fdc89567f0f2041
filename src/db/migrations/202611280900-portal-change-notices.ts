// Public pages kept rendered (http/portal/published-pages.ts) must be dropped the moment what they
// show changes, whoever changes it: this server, another instance, the CLI or plain SQL. Triggers
// announce each committed change on the `gongkai_portal` channel: the ids of the items whose page
// changed (an item, its versions, and the document an interpretation explains), or `*` when an
// org, a catalogue column or an org setting changed (names on every page).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // NOTIFY payloads are limited to 8000 bytes: a bulk change names no ids and says "everything".
  await sql`
    create or replace function portal_notice(ids text) returns void language plpgsql as $$
    begin
      if ids is null then return; end if;
      perform pg_notify('gongkai_portal', case when length(ids) > 7000 then '*' else ids end);
    end $$
  `.execute(db);
  await sql`
    create or replace function portal_changed_items() returns trigger language plpgsql as $$
    begin
      perform portal_notice((
        select string_agg(distinct x::text, ',') from (
          select c.id as x from changed_rows c
          union
          select v.interprets_item_id from item_version v join changed_rows c on v.item_id = c.id
          where v.interprets_item_id is not null
        ) s));
      return null;
    end $$
  `.execute(db);
  await sql`
    create or replace function portal_changed_versions() returns trigger language plpgsql as $$
    begin
      perform portal_notice((
        select string_agg(distinct x::text, ',') from (
          select c.item_id as x from changed_rows c
          union
          select c.interprets_item_id from changed_rows c where c.interprets_item_id is not null
        ) s));
      return null;
    end $$
  `.execute(db);
  await sql`
    create or replace function portal_changed_everything() returns trigger language plpgsql as $$
    begin
      perform pg_notify('gongkai_portal', '*');
      return null;
    end $$
  `.execute(db);

  // A trigger with a transition table may have one event only: one trigger per event.
  for (const [table, fn] of [
    ['item', 'portal_changed_items'],
    ['item_version', 'portal_changed_versions'],
  ] as const) {
    for (const [event, transition] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql
        .raw(
          `create trigger ${table}_portal_${event} after ${event} on ${table}
           referencing ${transition} table as changed_rows
           for each statement execute function ${fn}()`,
        )
        .execute(db);
    }
  }
  for (const table of ['org', 'org_setting', 'catalogue_column']) {
    await sql
      .raw(
        `create trigger ${table}_portal_change after insert or update or delete or truncate on ${table}
         for each statement execute function portal_changed_everything()`,
      )
      .execute(db);
  }
}
