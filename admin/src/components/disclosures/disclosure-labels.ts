import type { DocType, ItemState, ReviewChecklist, UpdateClass, Validity } from './disclosure-types.ts';

export const ITEM_STATE_LABELS: Record<ItemState, string> = {
  draft: '草稿',
  submitted: '待审核',
  reviewed: '待批准',
  approved: '已批准待发布',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  news: '工作动态',
  notice: '通知公告',
  policy: '政策文件',
  normative: '规范性文件',
  plan: '规划计划',
  statistics: '统计信息',
  budget: '财政预决算',
  interpretation: '政策解读',
  other: '其他',
};

export const UPDATE_CLASS_LABELS: Record<UpdateClass, string> = {
  news: '动态/要闻',
  notice: '通知公告',
  policy: '政策文件',
  normative: '规范性文件',
  plan: '规划计划',
  statistics: '统计信息',
  budget: '财政预决算',
  other: '其他',
};

export const VALIDITY_LABELS: Record<Validity, string> = { valid: '有效', expired: '失效', abolished: '废止' };

/** 保密审查 checklist, worded as the reviewer confirms it. */
export const CHECKLIST_LABELS: Record<keyof ReviewChecklist, string> = {
  noStateSecrets: '不涉及国家秘密',
  noWorkSecrets: '不涉及工作秘密',
  personalInfoProtected: '不含个人信息，或已作去标识化处理',
  contentAccurate: '内容准确、表述规范',
};

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** 2023-05-04T02:00:00Z → 2023-05-04 10:00 (China time, as staff read it). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
