import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { enablePreparedStatements } from './prepared.ts';
import type { DB } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball. */
  dumpDataDir?: () => Promise<Blob>;
  /** Receives what any connection sends on `channel` with NOTIFY, once committed. */
  listen(channel: string, handlers: NoticeHandlers): Promise<NoticeSubscription>;
}

export interface NoticeHandlers {
  onNotice(payload: string): void;
  /** The listening connection dropped: notices may be missed until `onResumed`. */
  onLost?(): void;
  /** Listening again after a drop (reconnected by itself). */
  onResumed?(): void;
}

export interface NoticeSubscription {
  /** Resolves once every notice committed before the call has been handed to `onNotice`. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… → PostgreSQL; otherwise embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory parent (the database lives in `<dataDir>/pgdata`); omit for in-memory. */
  dataDir?: string;
  poolSize?: number;
  /** PGlite only: start from a dumped data directory (a migrated template makes tests start fast). */
  loadDataDir?: Blob;
}

// Both drivers return the same JS values: int8 → number, numeric → string, date → 'YYYY-MM-DD'.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const asNumber = (value: string) => Number(value);
const asString = (value: string) => value;

function pgTypeParser(oid: number, format?: string) {
  if (oid === INT8) return asNumber;
  if (oid === DATE) return asString;
  return pg.types.getTypeParser(oid, format as 'text');
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPGlite(options.dataDir, options.loadDataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    types: { getTypeParser: pgTypeParser as typeof pg.types.getTypeParser },
  });
  // An idle client losing its server must not crash the process.
  pool.on('error', () => {});
  // Nor may a checked-out client whose server connection is cut between two queries (it emits
  // 'error' with nobody listening); its next query fails and the pool discards it on release.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    listen: (channel, handlers) => listenOnPostgres(url, channel, handlers),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

const RECONNECT_MS = [500, 1000, 2000, 5000, 10_000];
/** The listening connection's name in pg_stat_activity. */
export const NOTICE_CONNECTION_NAME = 'gongkai-notices';

/** LISTEN on a connection of its own (a pooled one would be handed to queries), reconnecting when it drops. */
async function listenOnPostgres(url: string, channel: string, handlers: NoticeHandlers): Promise<NoticeSubscription> {
  let client: pg.Client | undefined;
  let closed = false;
  let attempt = 0;
  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 5000,
      application_name: NOTICE_CONNECTION_NAME,
    });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotice(message.payload ?? '');
    });
    await next.connect();
    await next.query(`listen ${next.escapeIdentifier(channel)}`);
    const dropped = () => {
      if (client !== next) return;
      client = undefined;
      next.end().catch(() => {});
      if (closed) return;
      handlers.onLost?.();
      reconnect();
    };
    next.on('error', dropped);
    next.on('end', dropped);
    return next;
  };
  const reconnect = () => {
    const delay = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)];
    setTimeout(async () => {
      if (closed) return;
      try {
        client = await connect();
        attempt = 0;
        handlers.onResumed?.();
      } catch {
        reconnect();
      }
    }, delay).unref();
  };
  client = await connect();
  return {
    // Notices are delivered between statements: a round trip on this connection brings any pending ones.
    flush: async () => {
      await client?.query('select 1').catch(() => {});
    },
    close: async () => {
      closed = true;
      const last = client;
      client = undefined;
      await last?.end().catch(() => {});
    },
  };
}

async function openPGlite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  try {
    const pglite = await PGlite.create({
      dataDir: dataDir ? path.join(dataDir, 'pgdata') : undefined,
      loadDataDir,
      // With a data directory on disk (NodeFS) PGlite's "sync to storage" after each query is a
      // no-op that still costs an awaited mutex per statement (select 1: 0.97 → 0.22 ms); the
      // database's own writes and fsyncs are unchanged.
      relaxedDurability: true,
      extensions: { pg_trgm },
      parsers: {
        [pgliteTypes.INT8]: asNumber,
        [NUMERIC]: asString,
        [pgliteTypes.DATE]: asString,
      },
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    enablePreparedStatements(db as Kysely<never>);
    let closed = false;
    return {
      db,
      engine: 'pglite',
      // One session: a notice reaches the callback before the statement that sent it returns.
      listen: async (channel, { onNotice }) => {
        const unlisten = await pglite.listen(channel, onNotice);
        return { flush: async () => {}, close: () => unlisten() };
      },
      dumpDataDir: async () => (await pglite.dumpDataDir('none')) as Blob,
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await db.destroy();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
