// Re-derives the cached clock of cases when the inputs change without a new event: a newly
// imported holiday year (provisional dates become final), a changed deadline setting, or time
// passing over a paused clock (a third party's 15 working days run out; a pause runs on).
import { updateApplicationRow } from './application.repo.ts';
import { type AppContext, loadCase, todayOf } from './case-context.ts';
import { derivedFields } from './derive.ts';
import { loadApplicationSettings } from './settings.ts';

/** Returns how many cases' cached fields changed. The version is left alone: nobody edited them. */
export async function recomputeCases(ctx: AppContext, ids: readonly number[]): Promise<number> {
  const calendar = await ctx.calendar.getCalendar();
  const today = todayOf(ctx);
  let changed = 0;
  for (const id of ids) {
    await ctx.db.transaction().execute(async (trx) => {
      const loaded = await loadCase(trx, id, { forUpdate: true });
      const settings = await loadApplicationSettings(trx, loaded.row.org_id);
      const derived = derivedFields({
        receivedOn: loaded.row.received_on,
        events: loaded.events,
        calendar,
        settings: settings.deadlines,
        today,
      });
      const row = loaded.row;
      if (
        derived.due_on === row.due_on &&
        derived.is_provisional === row.is_provisional &&
        derived.clock_status === row.clock_status
      )
        return;
      await updateApplicationRow(trx, id, derived, ctx.now());
      changed += 1;
    });
  }
  return changed;
}
