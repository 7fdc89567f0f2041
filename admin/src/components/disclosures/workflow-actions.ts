// Which workflow buttons a user sees for an item: the server's rules (features/disclosures/
// workflow.ts) repeated here so the screen offers only what the server will accept.
import type { Role } from '../../api/types.ts';
import type { ItemState } from './disclosure-types.ts';

export type WorkflowAction =
  | 'edit'
  | 'submit'
  | 'review'
  | 'approve'
  | 'publish'
  | 'send-back'
  | 'revise'
  | 'withdraw'
  | 'delete';

const RULES: Record<Exclude<WorkflowAction, 'withdraw' | 'delete'>, Partial<Record<ItemState, readonly Role[]>>> = {
  edit: { draft: ['clerk'] },
  submit: { draft: ['clerk'] },
  review: { submitted: ['reviewer'] },
  approve: { reviewed: ['approver'] },
  publish: { approved: ['approver', 'clerk'], scheduled: ['approver', 'clerk'] },
  'send-back': { submitted: ['reviewer'], reviewed: ['approver'], approved: ['approver'], scheduled: ['approver'] },
  revise: { published: ['clerk'], withdrawn: ['clerk'] },
};

export interface ActionSubject {
  state: ItemState;
  isPublic: boolean;
  /** Ever published: such items are withdrawn, never deleted. */
  hasBeenPublished: boolean;
}

/** Platform administrators hold every role on every org (as on the server). */
function holds(roles: ReadonlySet<Role>, needed: readonly Role[]): boolean {
  return roles.has('platform_admin') || needed.some((role) => roles.has(role));
}

export function availableActions(subject: ActionSubject, roles: ReadonlySet<Role>): WorkflowAction[] {
  const actions: WorkflowAction[] = [];
  for (const [action, byState] of Object.entries(RULES) as [
    WorkflowAction,
    Partial<Record<ItemState, readonly Role[]>>,
  ][]) {
    const needed = byState[subject.state];
    if (needed && holds(roles, needed)) actions.push(action);
  }
  if (subject.isPublic && holds(roles, ['approver'])) actions.push('withdraw');
  if (subject.state === 'draft' && !subject.hasBeenPublished && holds(roles, ['clerk'])) actions.push('delete');
  return actions;
}
