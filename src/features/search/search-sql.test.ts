// Snapshot of the compiled search SQL: a change to ranking, filters or the suggestion query shows
// up here for review. Regenerate with UPDATE_SNAPSHOTS=1 after checking the difference.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildCountQuery, buildRestQuery, buildScoredQuery, buildSuggestionQuery } from './search.repo.ts';
import { toTsQuery } from './search.service.ts';

const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const SNAPSHOT = fileURLToPath(new URL('./search-sql.snapshot.sql', import.meta.url));

function render(): string {
  const all = buildScoredQuery(db, {
    tsquery: toTsQuery(['行政许可', '通知'], '&'),
    titleTsquery: toTsQuery(['行政许可', '通知'], '&', 'A'),
    raw: '行政许可 通知',
    filters: {},
    limit: 20,
    offset: 0,
  }).compile();
  const filteredInput = {
    tsquery: toTsQuery(['行政许可'], '|'),
    titleTsquery: toTsQuery(['行政许可'], '|', 'A'),
    raw: '行政许可',
    filters: { orgPath: '/1/2/', columnIds: [3, 4], year: 2023, docType: 'notice' },
    limit: 10,
    offset: 10,
  };
  const filtered = buildScoredQuery(db, filteredInput).compile();
  const rest = buildRestQuery(db, filteredInput, 5, 10).compile();
  const count = buildCountQuery(db, filteredInput).compile();
  const suggestion = buildSuggestionQuery(db, '营商环境方按', { orgPath: '/1/' }).compile();
  const block = (name: string, q: { sql: string; parameters: readonly unknown[] }) =>
    `-- ${name}\n${q.sql};\n-- parameters: ${JSON.stringify(q.parameters)}\n`;
  return [
    block('scored candidates, no filters', all),
    block('scored candidates with org, column, year and type filters', filtered),
    block('the rest of the matches, newest first', rest),
    block('count, capped', count),
    block('did you mean', suggestion),
  ].join('\n');
}

test('the compiled search SQL matches the reviewed snapshot', () => {
  const actual = render();
  if (process.env.UPDATE_SNAPSHOTS === '1' || !fs.existsSync(SNAPSHOT)) {
    if (process.env.UPDATE_SNAPSHOTS !== '1')
      assert.fail(`缺少快照文件 ${SNAPSHOT}；检查 SQL 后用 UPDATE_SNAPSHOTS=1 生成`);
    fs.writeFileSync(SNAPSHOT, actual);
    return;
  }
  assert.equal(actual, fs.readFileSync(SNAPSHOT, 'utf8'));
});

test('tsquery text quotes every word, so user input cannot inject operators', () => {
  assert.equal(toTsQuery(["it's", 'a\\b'], '&'), "'it''s' & 'a\\\\b'");
  assert.equal(toTsQuery(['行政许可', '通知'], '|', 'A'), "'行政许可':A | '通知':A");
});
