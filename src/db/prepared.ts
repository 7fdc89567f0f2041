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

type ParamType = 'int' | 'text';
type ParamValue<T extends ParamType> = T extends 'int' ? number : string;

export type PreparedQuery<R, P extends ParamType[]> = (
  db: Kysely<never>,
  ...params: { [K in keyof P]: ParamValue<P[K]> }
) => Promise<R[]>;

/** A parameter as an SQL literal: an integer as it is, text quoted (standard_conforming_strings is on). */
function literal(type: ParamType, value: unknown, name: string): string {
  if (type === 'int' && typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (type === 'text' && typeof value === 'string' && !value.includes('\0')) return `'${value.replaceAll("'", "''")}'`;
  throw new Error(`${name}: parameter should be ${type === 'int' ? 'an integer' : 'text'}`);
}

/**
 * A read statement with parameters $1, $2, … of the given types (integers or text). `name` must be
 * unique and a plain identifier; the text is trusted SQL written in the code, never built from input.
 * Called with a transaction (or on PostgreSQL) it runs as a plain parameterised statement.
 */
export function preparedQuery<R, P extends ParamType[] = ParamType[]>(
  name: string,
  text: string,
  paramTypes: [...P],
): PreparedQuery<R, P> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad statement name ${name}`);
  return async (db, ...params) => {
    if (params.length !== paramTypes.length) throw new Error(`${name} takes ${paramTypes.length} parameters`);
    const literals = paramTypes.map((type, i) => literal(type, params[i], name));
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
    return (await sql.raw<R>(`execute ${name}(${literals.join(', ')})`).execute(db)).rows;
  };
}
