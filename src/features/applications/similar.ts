// Art. 44: when several applicants ask for the same information, the officer sees the similar
// cases and can propose the information for proactive disclosure.

import { invalidField } from '../../core/validation.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ActionContext, Actor } from '../auth/actor.ts';
import { requireOnCase, WORK_ROLES } from './access.ts';
import { updateApplicationRow } from './application.repo.ts';
import type { DisclosureProposal } from './application.ts';
import { type AppContext, loadCase } from './case-context.ts';
import { stateLabel } from './case-view.ts';
import { loadVisibleCase } from './queries.ts';
import { isOutcomeKey, outcomeType } from './rules/outcomes.ts';
import { similarityQuery } from './segment.ts';
import { findSimilarCases } from './similar.repo.ts';

export interface SimilarCase {
  id: number;
  caseNumber: string;
  receivedOn: string;
  description: string;
  state: string;
  stateLabel: string;
  outcome: string | null;
  outcomeLabel: string | null;
  /** Higher is more alike: shared words (full-text rank) plus character-trigram similarity. */
  score: number;
}

export async function findSimilar(ctx: AppContext, actor: Actor, id: number, limit = 10): Promise<SimilarCase[]> {
  const loaded = await loadVisibleCase(ctx, actor, id);
  const query = similarityQuery(loaded.row.tokens);
  if (!query) return [];
  const rows = await findSimilarCases(ctx.db, {
    orgId: loaded.row.org_id,
    exceptId: id,
    query,
    description: loaded.row.description,
    limit,
  });
  return rows.map((row) => ({
    id: row.id,
    caseNumber: row.case_number,
    receivedOn: row.received_on,
    description: row.description,
    state: row.state,
    stateLabel: stateLabel(row.state),
    outcome: row.outcome,
    outcomeLabel: row.outcome && isOutcomeKey(row.outcome) ? outcomeType(row.outcome).label : null,
    score: Math.round((row.rank + row.similarity) * 1000) / 1000,
  }));
}

export interface ProposeDisclosureOptions {
  id: number;
  note: string;
  relatedCaseIds: number[];
}

/** Records on the case that the information should move to proactive disclosure (Art. 44). */
export async function proposeDisclosure(
  ctx: AppContext,
  { actor, meta }: ActionContext,
  options: ProposeDisclosureOptions,
): Promise<DisclosureProposal> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, options.id, { forUpdate: true });
    requireOnCase(actor, loaded.scope, WORK_ROLES);
    const related = [...new Set(options.relatedCaseIds.filter((other) => other !== options.id))];
    if (related.length > 0) {
      const found = await trx
        .selectFrom('application')
        .select('id')
        .where('id', 'in', related)
        .where('org_id', '=', loaded.row.org_id)
        .execute();
      if (found.length !== related.length) throw invalidField('relatedCaseIds', '相关申请须为本机关的申请');
    }
    const at = ctx.now();
    const proposal: DisclosureProposal = {
      note: options.note,
      relatedCaseIds: related,
      proposedBy: { id: actor.userId, name: actor.displayName },
      proposedAt: at.toISOString(),
    };
    await updateApplicationRow(trx, options.id, { disclosure_proposal: JSON.stringify(proposal) }, at);
    await recordAudit(trx, {
      actor,
      meta,
      at,
      orgId: loaded.row.org_id,
      action: 'application.proposeDisclosure',
      targetType: 'application',
      targetId: options.id,
      after: proposal,
    });
    return proposal;
  });
}
