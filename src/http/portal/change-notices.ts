// Keeps the portal's rendered pages true to the database: listens for the change notices the
// database sends (202611280900 migration), drops what changed from the published-page store and
// the short page cache, and has the pre-renderer render it again. Until listening works (or while
// the connection is lost) no page is kept beyond the short cache's few seconds.
import type { Database, NoticeSubscription } from '../../db/database.ts';
import type { PageCache } from './page-cache.ts';
import { type PrerenderStatus, startPrerender } from './prerender.ts';
import type { PublishedPages } from './published-pages.ts';

export const PORTAL_CHANNEL = 'gongkai_portal';

export interface PortalUpkeep {
  /** Resolves once every change committed before the call has reached the caches. */
  flush(): Promise<void>;
  status(): PrerenderStatus;
  stop(): Promise<void>;
}

interface UpkeepDeps {
  database: Database;
  pageCache: PageCache;
  published: PublishedPages;
  fetch: (request: Request, env?: { prerender: true }) => Response | Promise<Response>;
  /** Render every item page ahead of visitors (default true). */
  prerender?: boolean;
  onError?: (error: unknown) => void;
}

export async function startPortalUpkeep(deps: UpkeepDeps): Promise<PortalUpkeep> {
  const { database, pageCache, published } = deps;
  const prerenders = deps.prerender !== false;
  const prerender = startPrerender({ database, published, fetch: deps.fetch, onError: deps.onError });
  const subscription: NoticeSubscription = await database.listen(PORTAL_CHANNEL, {
    onNotice(payload) {
      published.onNotice(payload);
      pageCache.clear();
      if (prerenders) prerender.onNotice(payload);
    },
    onLost() {
      published.stopListening();
      pageCache.clear();
    },
    onResumed() {
      published.startListening();
      pageCache.clear();
      if (prerenders) prerender.renderAll();
    },
  });
  published.startListening();
  if (prerenders) prerender.renderAll();
  return {
    flush: () => subscription.flush(),
    status: () => prerender.status(),
    async stop() {
      await prerender.stop();
      await subscription.close();
      published.stopListening();
    },
  };
}
