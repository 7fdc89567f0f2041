// Named prepared statements for hot read queries on PGlite. PGlite plans every statement anew, and
// for a page's joins planning costs several times the execution (measured on 10,000 items: the item
// page's statement 7 ms planned each time, under 1 ms prepared). PostgreSQL plans natively in a
// fraction of that and spreads queries over a pool, so there the plain statement runs.
import { CompiledQuery, type Kysely, sql } from 'kysely';

const preparedOn = new WeakMap<Kysely<never>, Map<string, Promise<unknown>>>();

/** Marks a Kysely instance as PGlite's (openDatabase does this). */
export function enablePreparedStatements(db: Kysely<never>): void {
  preparedOn.set(db, new Map());
}

export type PreparedQuery<R> = (db: Kysely<never>, ...params: number[]) => Promise<R[]>;

/**
 * A read statement whose parameters ($1, $2, …) are all integers. `name` must be unique and a
 * plain identifier; the text is trusted SQL written in the code, never built from input.
 */
export function preparedQuery<R>(name: string, text: string, paramTypes: 'int'[]): PreparedQuery<R> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad statement name ${name}`);
  return async (db, ...params) => {
    if (params.length !== paramTypes.length || !params.every(Number.isSafeInteger))
      throw new Error(`${name} takes ${paramTypes.length} integer parameters`);
    const prepared = preparedOn.get(db);
    if (!prepared) return (await db.executeQuery<R>(CompiledQuery.raw(text, params))).rows;
    let ready = prepared.get(name);
    if (!ready) {
      ready = sql.raw(`prepare ${name}(${paramTypes.join(', ')}) as ${text}`).execute(db);
      prepared.set(name, ready);
      // A failed PREPARE is tried again by the next call.
      ready.catch(() => prepared.delete(name));
    }
    await ready;
    // Integers only (checked above), so the literal arguments cannot carry anything else.
    return (await sql.raw<R>(`execute ${name}(${params.join(', ')})`).execute(db)).rows;
  };
}
