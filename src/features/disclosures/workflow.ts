// The review-and-publish workflow (条例 Art. 17; "先审查、后公开"): which command may run in which
// state, and which role runs it. Pure: the service supplies the actor's roles on the item's org.
import { AppError } from '../../core/app-error.ts';
import { ROLE_LABELS, type Role } from '../auth/roles.ts';
import type { ItemState } from './disclosure.tables.ts';

export type { ItemState };

export const ITEM_STATES: readonly ItemState[] = [
  'draft',
  'submitted',
  'reviewed',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
];

export const ITEM_STATE_LABELS: Record<ItemState, string> = {
  draft: '草稿',
  submitted: '待审核',
  reviewed: '待批准',
  approved: '已批准待发布',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

export type WorkflowCommand =
  | 'submit'
  | 'review'
  | 'approve'
  | 'publish'
  | 'schedule'
  | 'send-back'
  | 'revise'
  | 'withdraw';

export const WORKFLOW_COMMANDS: readonly WorkflowCommand[] = [
  'submit',
  'review',
  'approve',
  'publish',
  'schedule',
  'send-back',
  'revise',
  'withdraw',
];

export const COMMAND_LABELS: Record<WorkflowCommand, string> = {
  submit: '提交审核',
  review: '审核通过',
  approve: '批准',
  publish: '发布',
  schedule: '定时发布',
  'send-back': '退回',
  revise: '修改已发布信息',
  withdraw: '撤回',
};

/** Who runs each command from each state it applies to. */
const RULES: Record<WorkflowCommand, Partial<Record<ItemState, readonly Role[]>>> = {
  submit: { draft: ['clerk'] },
  review: { submitted: ['reviewer'] },
  approve: { reviewed: ['approver'] },
  publish: { approved: ['approver', 'clerk'], scheduled: ['approver', 'clerk'] },
  schedule: { approved: ['approver', 'clerk'], scheduled: ['approver', 'clerk'] },
  // Each step's owner sends back to the drafter.
  'send-back': { submitted: ['reviewer'], reviewed: ['approver'], approved: ['approver'], scheduled: ['approver'] },
  revise: { published: ['clerk'], withdrawn: ['clerk'] },
  withdraw: { published: ['approver'] },
};

export interface WorkflowSubject {
  state: ItemState;
  /** A published version is on the portal (it stays there while a revision is under way). */
  isPublic: boolean;
}

/** The roles that may run `command` on an item in this situation, or null when the state forbids it. */
export function rolesFor(command: WorkflowCommand, subject: WorkflowSubject): readonly Role[] | null {
  // A live version can be withdrawn even while its revision is in the workflow.
  if (command === 'withdraw' && subject.isPublic) return ['approver'];
  return RULES[command][subject.state] ?? null;
}

/**
 * Refuses a command: 409 when the item's state does not allow it, 403 when the actor lacks the
 * role for it. `hasRole` answers for the item's org.
 */
export function checkCommand(
  command: WorkflowCommand,
  subject: WorkflowSubject,
  hasRole: (roles: readonly Role[]) => boolean,
): void {
  const roles = rolesFor(command, subject);
  if (!roles) {
    throw new AppError(
      'INVALID_TRANSITION',
      `该信息当前为“${ITEM_STATE_LABELS[subject.state]}”状态，不能${COMMAND_LABELS[command]}`,
    );
  }
  if (!hasRole(roles)) {
    throw new AppError('FORBIDDEN', `${COMMAND_LABELS[command]}须由${roles.map((r) => ROLE_LABELS[r]).join('或')}操作`);
  }
}

/** The state a command leads to. */
export function nextState(command: WorkflowCommand): ItemState {
  const next: Record<WorkflowCommand, ItemState> = {
    submit: 'submitted',
    review: 'reviewed',
    approve: 'approved',
    publish: 'published',
    schedule: 'scheduled',
    'send-back': 'draft',
    revise: 'draft',
    withdraw: 'withdrawn',
  };
  return next[command];
}

/** 保密审查 checklist: every answer must be "clear" for the review to pass. */
export interface ReviewChecklist {
  /** 不涉及国家秘密 */
  noStateSecrets: boolean;
  /** 不涉及工作秘密 */
  noWorkSecrets: boolean;
  /** 不含个人信息，或已作去标识化处理 */
  personalInfoProtected: boolean;
  /** 内容准确、表述规范 */
  contentAccurate: boolean;
}

/** Every check confirmed. */
export const PASSING_CHECKLIST: ReviewChecklist = {
  noStateSecrets: true,
  noWorkSecrets: true,
  personalInfoProtected: true,
  contentAccurate: true,
};

export const CHECKLIST_LABELS: Record<keyof ReviewChecklist, string> = {
  noStateSecrets: '不涉及国家秘密',
  noWorkSecrets: '不涉及工作秘密',
  personalInfoProtected: '不含个人信息或已作处理',
  contentAccurate: '内容准确',
};

/** The checklist items not confirmed; a review with any of them must send the item back instead. */
export function failedChecks(checklist: ReviewChecklist): string[] {
  return (Object.keys(CHECKLIST_LABELS) as (keyof ReviewChecklist)[])
    .filter((key) => !checklist[key])
    .map((key) => CHECKLIST_LABELS[key]);
}
