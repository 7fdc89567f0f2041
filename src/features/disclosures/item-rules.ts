// Checks an item's fields against the org's catalogue and the metadata rules before saving.
import type { Kysely } from 'kysely';
import { invalidField } from '../../core/validation.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { isPlatformAdmin } from '../auth/authorize.ts';
import type { Role } from '../auth/roles.ts';
import { findColumnsByIds } from './catalogue.repo.ts';
import { checkDocNo } from './doc-no.ts';
import { findItemRow } from './item.repo.ts';
import type { ItemMetadata } from './item.ts';

export async function checkColumns(db: Kysely<DB>, orgId: number, columnIds: readonly number[]): Promise<void> {
  if (columnIds.length === 0) throw invalidField('columnIds', '请至少选择一个栏目');
  const unique = [...new Set(columnIds)];
  const found = await findColumnsByIds(db, unique);
  if (found.length !== unique.length || found.some((c) => c.orgId !== orgId))
    throw invalidField('columnIds', '所选栏目不存在或不属于本单位的公开目录');
}

/** Metadata rules: 文号 brackets, validity dates, interpretation target. */
export async function checkMetadata(db: Kysely<DB>, itemId: number | null, meta: ItemMetadata): Promise<void> {
  if (meta.docNo) {
    const check = checkDocNo(meta.docNo);
    if (!check.isValid)
      throw invalidField('docNo', `${check.message}${check.suggestion ? `，应为：${check.suggestion}` : ''}`);
  }
  if (meta.validity && meta.validity !== 'valid' && !meta.invalidOn)
    throw invalidField('invalidOn', '失效或废止的文件请填写失效/废止日期');
  if (meta.validity === 'valid' && meta.invalidOn) throw invalidField('invalidOn', '有效的文件不应有失效/废止日期');
  if (meta.effectiveOn && meta.invalidOn && meta.invalidOn < meta.effectiveOn)
    throw invalidField('invalidOn', '失效/废止日期不能早于生效日期');
  if (meta.formedOn && meta.changedOn && meta.changedOn < meta.formedOn)
    throw invalidField('changedOn', '变更日期不能早于成文日期');
  if (meta.interpretsItemId !== null) {
    if (meta.interpretsItemId === itemId) throw invalidField('interpretsItemId', '解读不能指向自身');
    const target = await findItemRow(db, meta.interpretsItemId);
    if (!target) throw invalidField('interpretsItemId', '所解读的政策文件不存在');
    if (target.doc_type === 'interpretation')
      throw invalidField('interpretsItemId', '解读应指向政策文件，而不是另一篇解读');
  }
}

/** Orgs whose items an actor may see in the back office: granted subtrees, plus the department of a section grant. */
export async function itemScope(
  db: Kysely<DB>,
  actor: Actor,
  roles: readonly Role[],
): Promise<{ paths: string[]; orgIds: number[] } | undefined> {
  if (isPlatformAdmin(actor)) return undefined;
  const grants = actor.grants.filter((g) => roles.includes(g.role));
  if (grants.length === 0) return { paths: [], orgIds: [] };
  const sections = await db
    .selectFrom('org')
    .select('parent_id')
    .where(
      'id',
      'in',
      grants.map((g) => g.orgId),
    )
    .where('kind', '=', 'section')
    .execute();
  return {
    paths: grants.map((g) => g.orgPath),
    orgIds: sections.map((s) => s.parent_id).filter((id): id is number => id !== null),
  };
}
