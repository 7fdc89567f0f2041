// Case numbers such as 扶工信依申〔2026〕12号: a per-org pattern (org setting) with a counter
// per org and year.

export const DEFAULT_CASE_NUMBER_PATTERN = '{prefix}依申〔{year}〕{seq}号';

const PLACEHOLDER = /\{(prefix|year|seq)(?::(\d))?\}/g;

/** Problems with a pattern, in Chinese; empty when usable. */
export function casePatternProblems(pattern: string): string[] {
  const problems: string[] = [];
  if (!pattern.includes('{seq')) problems.push('编号格式必须包含 {seq}（序号）');
  if (pattern.length > 60) problems.push('编号格式不能超过 60 个字符');
  const unknown = pattern.replace(PLACEHOLDER, '').match(/\{[^}]*\}/g);
  if (unknown)
    problems.push(`编号格式中有无法识别的占位符：${unknown.join('、')}（可用 {prefix} {year} {seq} {seq:3}）`);
  return problems;
}

export function formatCaseNumber(pattern: string, values: { prefix: string; year: number; seq: number }): string {
  return pattern.replace(PLACEHOLDER, (_match, name: string, width?: string) => {
    if (name === 'prefix') return values.prefix;
    if (name === 'year') return String(values.year);
    return width ? String(values.seq).padStart(Number(width), '0') : String(values.seq);
  });
}

const LEADING = /^(县|市|区|省)/;
const TRAILING = /(人民政府办公室|人民政府|委员会|办公室|管理局|局|委|办)$/;

/**
 * The short prefix of a case number: the first character of the county (from the government
 * above) plus the core of the org's short name, e.g. 扶沟县 + 县工信局 → 扶工信.
 */
export function defaultCasePrefix(
  org: { name: string; shortName: string | null },
  governmentName: string | null,
): string {
  const county = governmentName ? governmentName.charAt(0) : '';
  const raw = (org.shortName ?? org.name).trim();
  const withoutCounty = governmentName ? raw.replace(governmentName.replace(/人民政府$/, ''), '') : raw;
  let core = withoutCounty.replace(LEADING, '').replace(TRAILING, '');
  if (core === '') core = raw.replace(TRAILING, '') || raw;
  if (governmentName && org.name === governmentName) return `${county}政`;
  return core.startsWith(county) ? core : `${county}${core}`;
}
