// Renders every public item page ahead of visitors, in the background, into the published-page
// store: after the server starts, after an "everything changed" notice (once the store settles),
// and again for the items named in a change notice. Pages are rendered by asking the app itself,
// so they are exactly what a visitor gets; one page at a time, yielding to live requests between.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { pageKey } from './page-cache.ts';
import type { PublishedPages } from './published-pages.ts';

export type PrerenderState = 'off' | 'waiting' | 'running' | 'done';

export interface PrerenderStatus {
  state: PrerenderState;
  /** Pages kept in the store now. */
  pages: number;
}

export interface Prerenderer {
  /** A change notice (item ids or `*`): render those pages again, or all of them once settled. */
  onNotice(payload: string): void;
  /** Render every page (on start, and when notices were missed). */
  renderAll(): void;
  status(): PrerenderStatus;
  stop(): Promise<void>;
}

interface PrerenderDeps {
  database: Database;
  published: PublishedPages;
  /** The app's fetch: pages are rendered by the same code that serves them. */
  fetch: (request: Request, env?: { prerender: true }) => Response | Promise<Response>;
  onError?: (error: unknown) => void;
}

const BATCH_DELAY_MS = 200;

export function startPrerender({ database, published, fetch, onError }: PrerenderDeps): Prerenderer {
  let state: PrerenderState = 'waiting';
  let wantAll = false;
  const wanted = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  // Bumped by renderAll(): a full pass in progress gives way to a newer one.
  let pass = 0;

  const render = async (orgCode: string, id: number) => {
    const path = `/o/${orgCode}/items/${id}`;
    if (published.has(pageKey(path, false))) return;
    const res = await fetch(new Request(`http://prerender${path}`, { headers: { 'accept-encoding': 'gzip' } }), {
      prerender: true,
    });
    await res.arrayBuffer();
  };

  const listItems = async (ids?: number[]) => {
    const { rows } = await sql<{ id: number; code: string }>`
      select i.id, o.code from item i join org o on o.id = i.org_id
      where i.live_version_no is not null and i.withdrawn_at is null
      ${ids ? sql`and i.id = any(${ids}::int[])` : sql``}
      order by i.id desc`.execute(database.db);
    return rows;
  };

  const run = async () => {
    while (!stopped && (wantAll || wanted.size > 0)) {
      if (!published.enabled) break;
      const settle = published.settlesInMs;
      if (settle > 0) {
        state = 'waiting';
        // In short steps, so that stopping the server does not wait for the settling time.
        await new Promise((resolve) => setTimeout(resolve, Math.min(settle, 250)).unref());
        continue;
      }
      state = 'running';
      const all = wantAll;
      const ids = all ? undefined : [...wanted];
      wantAll = false;
      wanted.clear();
      const myPass = all ? ++pass : pass;
      for (const { id, code } of await listItems(ids)) {
        if (stopped || !published.accepting || (all && myPass !== pass)) break;
        // Nearly full: rendering more would only push out pages already kept.
        if (published.bytes > published.maxBytes * 0.9) break;
        await render(code, id);
        await nextTurn();
      }
    }
    state = published.enabled ? 'done' : 'off';
  };

  const schedule = (delay: number) => {
    if (stopped || timer || running) return;
    timer = setTimeout(() => {
      timer = undefined;
      running = run()
        .catch((error) => onError?.(error))
        .finally(() => {
          running = undefined;
          if (wantAll || wanted.size > 0) schedule(BATCH_DELAY_MS);
        });
    }, delay);
    timer.unref();
  };

  return {
    onNotice(payload) {
      if (payload === '*' || payload === '') wantAll = true;
      else for (const id of payload.split(',')) if (/^\d+$/.test(id)) wanted.add(Number(id));
      schedule(BATCH_DELAY_MS);
    },
    renderAll() {
      wantAll = true;
      pass++;
      schedule(0);
    },
    status: () => ({ state: published.enabled ? state : 'off', pages: published.size }),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
