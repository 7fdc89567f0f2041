// Bulk test data for the portal benchmark: a fresh database with the demo orgs, their default
// catalogues, and N published items written by a few INSERT … SELECT generate_series statements
// (items, live versions, columns, search index rows), so 100,000 items take seconds, not hours.
// Runs in the benchmark's own process before the server starts (PGlite allows one process).
import { type Kysely, sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/core/logger.ts';
import type { DB } from '../src/db/schema.ts';
import { seedDemo } from '../src/features/demo/seed.ts';
import type { Catalogue } from '../src/features/disclosures/catalogue.service.ts';
import { indexTokens } from '../src/features/search/segmenter.ts';
import { openConfiguredDatabase } from '../src/main.ts';
import { createServices } from '../src/services.ts';

const PREFIXES = ['关于', '扶沟县', '县工信局', '关于进一步做好', '关于印发'];
const TOPICS = [
  '安全生产',
  '行政许可',
  '中小企业发展',
  '数字化转型',
  '营商环境',
  '节能降耗',
  '工业园区建设',
  '食品安全',
  '招商引资',
  '乡村振兴',
  '规上企业培育',
  '技术改造',
  '专精特新',
  '信息化建设',
  '电力保障',
  '民营经济',
  '应急管理',
  '政府采购',
  '统计监测',
  '财政预算',
];
const ACTIONS = [
  '工作会议',
  '专项检查',
  '实施方案',
  '情况通报',
  '培训班',
  '督导检查',
  '工作要点',
  '管理办法',
  '宣传活动',
  '工作总结',
];
const SENTENCES = [
  '会议强调，要坚持问题导向，压实各方责任，确保各项工作落到实处。',
  '各乡镇、各有关单位要高度重视，加强组织领导，明确时间节点。',
  '检查组深入企业生产一线，详细了解企业运行情况和存在的困难。',
  '下一步，我局将持续优化服务，推动全县工业经济高质量发展。',
  '本办法自发布之日起施行，由县工业和信息化局负责解释。',
  '请各单位于每月5日前报送上月工作进展情况，逾期未报的予以通报。',
];

/** Where each generated item goes: its column code and the share of all items (sums to 1). */
const PLACEMENT: [string, string, number][] = [
  ['news', 'news', 0.4],
  ['notices', 'notice', 0.2],
  ['policies', 'policy', 0.1],
  ['interpretations', 'interpretation', 0.05],
  ['a20-1', 'normative', 0.1],
  ['a20-5', 'other', 0.05],
  ['a20-13', 'other', 0.05],
  ['a20-7', 'budget', 0.05],
];

export interface GeneratedPortal {
  /** Column ids of 扶沟县工业和信息化局 by code. */
  columns: Record<string, number>;
  /** Item ids, lowest and highest. */
  firstItemId: number;
  lastItemId: number;
  /** Words that occur in titles, for search queries. */
  searchWords: string[];
  adminPassword: string | undefined;
}

function flatten(columns: Catalogue['columns'], into: Record<string, number> = {}): Record<string, number> {
  for (const c of columns) {
    into[c.code] = c.id;
    flatten(c.children, into);
  }
  return into;
}

/** Seeds a fresh database (PGlite data dir or PostgreSQL URL) with the demo orgs and `count` published items. */
export async function generatePortalData(env: Record<string, string>, count: number): Promise<GeneratedPortal> {
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent', GONGKAI_SEED_DEMO: '1' });
  const database = await openConfiguredDatabase(config);
  try {
    const services = createServices(database, config, createLogger('silent'));
    const { adminPassword } = await seedDemo(services);
    const db = database.db;
    const admin = await db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    const ctx = { actor: await services.auth.loadActor(admin.id), meta: { ip: null, requestId: 'bench' } };
    for (const org of ['fugou', 'fugou-gxj']) {
      const existing = await services.disclosures.catalogue.getCatalogue(org);
      if (existing.columns.length === 0)
        await services.disclosures.catalogue.initDefaultCatalogue(ctx, { org, includeArt21: true });
    }
    const catalogue = await services.disclosures.catalogue.getCatalogue('fugou-gxj');
    const columns = flatten(catalogue.columns);
    const before = await db
      .selectFrom('item')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();

    let offset = 0;
    for (const [code, docType, share] of PLACEMENT) {
      const n = Math.round(count * share);
      await insertItems(db, {
        orgId: catalogue.orgId,
        orgCode: catalogue.orgCode,
        orgName: catalogue.orgName,
        columnCode: code,
        columnId: columns[code],
        docType,
        from: offset + 1,
        to: offset + n,
      });
      offset += n;
    }
    const after = await db
      .selectFrom('item')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    await sql`analyze`.execute(db);
    return {
      columns,
      firstItemId: Number(before?.id ?? 0) + 1,
      lastItemId: Number(after.id),
      searchWords: [...TOPICS, ...ACTIONS],
      adminPassword,
    };
  } finally {
    await database.close();
  }
}

interface Batch {
  orgId: number;
  orgCode: string;
  orgName: string;
  columnCode: string;
  columnId: number;
  docType: string;
  /** Sequence numbers g = from…to; they pick words and dates deterministically. */
  from: number;
  to: number;
}

/** One INSERT … SELECT per table for a batch; vocabulary and its jieba tokens come in as arrays. */
async function insertItems(db: Kysely<DB>, batch: Batch): Promise<void> {
  if (batch.to < batch.from) return;
  const tok = (words: string[]) => words.map((w) => indexTokens(w));
  const vocab = sql`(select
      ${PREFIXES}::text[] as prefixes, ${tok(PREFIXES)}::text[] as prefix_tokens, ${TOPICS}::text[] as topics, ${tok(TOPICS)}::text[] as topic_tokens,
      ${ACTIONS}::text[] as actions, ${tok(ACTIONS)}::text[] as action_tokens,
      ${SENTENCES}::text[] as sentences, ${tok(SENTENCES)}::text[] as sentence_tokens)`;
  const prefix = `bench-${batch.orgCode}/${batch.columnCode}/`;
  // Titles and bodies vary with g; publication dates run back from 2026 one item every ~25 minutes.
  await sql`
    insert into item (org_id, title, body_html, index_no, publisher, formed_on, doc_type, validity, invalid_on, state,
                      live_version_no, first_published_at, published_at, drafted_at, approved_at, created_at, updated_at)
    select ${batch.orgId},
           v.prefixes[1 + g % 5] || v.topics[1 + g % 20] || v.actions[1 + (g / 20) % 10] || '（' || g || '）',
           '<p>' || v.sentences[1 + g % 6] || v.topics[1 + g % 20] || v.sentences[1 + (g / 6) % 6] || '</p><p>' || v.sentences[1 + (g / 36) % 6] || '</p>',
           ${prefix} || g,
           ${batch.orgName},
           (p.at - interval '3 days')::date,
           ${batch.docType},
           case when ${batch.docType} = 'normative' then (array['valid', 'valid', 'expired', 'abolished'])[1 + g % 4] end,
           case when ${batch.docType} = 'normative' and g % 4 >= 2 then (p.at + interval '400 days')::date end,
           'published', 1, p.at, p.at, p.at, p.at, p.at, p.at
    from generate_series(${batch.from}::integer, ${batch.to}::integer) g
    cross join ${vocab} v
    cross join lateral (select timestamptz '2026-11-01 10:00+08' - g * interval '25 minutes' as at) p`.execute(db);
  await sql`
    insert into item_version (item_id, version_no, org_id, title, body_html, index_no, publisher, formed_on, disclosure_method,
                              doc_type, validity, invalid_on, column_ids, attachments, published_at, drafted_at, approved_at)
    select i.id, 1, i.org_id, i.title, i.body_html, i.index_no, i.publisher, i.formed_on, i.disclosure_method,
           i.doc_type, i.validity, i.invalid_on, array[${batch.columnId}::integer], '[]'::jsonb, i.published_at, i.drafted_at, i.approved_at
    from item i where i.index_no like ${`${prefix}%`}`.execute(db);
  await sql`
    insert into item_column (item_id, column_id) select id, ${batch.columnId} from item where index_no like ${`${prefix}%`}`.execute(
    db,
  );
  await sql`
    insert into public_item_column (column_id, item_id, published_at)
    select ${batch.columnId}, id, published_at from item where index_no like ${`${prefix}%`}`.execute(db);
  await sql`
    insert into search_doc (item_id, org_id, column_ids, year, doc_type, title, body_text, published_at, title_tokens, tokens)
    select i.id, i.org_id, array[${batch.columnId}::integer], extract(year from i.published_at at time zone 'Asia/Shanghai')::integer,
           i.doc_type, i.title, regexp_replace(i.body_html, '<[^>]+>', '', 'g'), i.published_at,
           v.prefix_tokens[1 + g % 5] || ' ' || v.topic_tokens[1 + g % 20] || ' ' || v.action_tokens[1 + (g / 20) % 10],
           v.sentence_tokens[1 + g % 6] || ' ' || v.topic_tokens[1 + g % 20] || ' ' || v.sentence_tokens[1 + (g / 6) % 6] || ' ' || v.sentence_tokens[1 + (g / 36) % 6]
    from item i
    cross join ${vocab} v
    cross join lateral (select substring(i.index_no from ${`${prefix.length + 1}`}::integer)::integer as g) s
    where i.index_no like ${`${prefix}%`}`.execute(db);
}
