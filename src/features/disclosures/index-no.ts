// 索引号 (index number), rendered from a per-org pattern. The sequence is allocated per rendered
// prefix, so any pattern that names the org and {seq} yields numbers unique across the platform.

export const DEFAULT_INDEX_NO_PATTERN = '{org}/{category}/{year}-{seq:4}';

export interface IndexNoParts {
  /** Org code (URL-safe). */
  org: string;
  /** 统一社会信用代码; falls back to the org code. */
  credit: string | null;
  /** The item's document type code, e.g. news, normative. */
  category: string;
  year: number;
}

const TOKEN = /\{(org|credit|category|year|seq(?::(\d))?)\}/g;
// Braces never appear in a rendered prefix otherwise (the pattern check refuses them).
const SEQ_MARK = '{#}';

/** Why a pattern cannot be used, or null. */
export function indexNoPatternProblem(pattern: string): string | null {
  if (pattern.length === 0 || pattern.length > 80) return '索引号格式不能为空，且不超过 80 个字符';
  const seqCount = [...pattern.matchAll(/\{seq(?::\d)?\}/g)].length;
  if (seqCount !== 1) return '索引号格式须恰好含一个顺序号 {seq} 或 {seq:位数}';
  if (!/\{(org|credit)\}/.test(pattern))
    return '索引号格式须含机构代码 {org} 或统一社会信用代码 {credit}，以保证全平台唯一';
  const rest = pattern.replace(TOKEN, '');
  if (/[{}]/.test(rest)) return '索引号格式含未知的占位符，可用：{org} {credit} {category} {year} {seq:4}';
  if (!/^[\w\-/.]*$/.test(rest)) return '索引号格式只能使用字母、数字和 - / . _ 作为分隔';
  return null;
}

export interface RenderedPrefix {
  /** The number without its sequence: the key of the counter. */
  prefix: string;
  width: number;
}

export function renderIndexNoPrefix(pattern: string, parts: IndexNoParts): RenderedPrefix {
  let width = 1;
  const prefix = pattern.replace(TOKEN, (_all, name: string, digits?: string) => {
    if (name === 'org') return parts.org;
    if (name === 'credit') return parts.credit ?? parts.org;
    if (name === 'category') return parts.category;
    if (name === 'year') return String(parts.year);
    width = digits ? Number(digits) : 4;
    return SEQ_MARK;
  });
  return { prefix, width };
}

export function formatIndexNo({ prefix, width }: RenderedPrefix, seq: number): string {
  return prefix.replace(SEQ_MARK, String(seq).padStart(width, '0'));
}
