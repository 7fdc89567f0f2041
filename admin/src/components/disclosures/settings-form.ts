// The 公开设置 form and the PATCH body it becomes. Settings are inherited down the org tree and
// the server stores every field it is sent for the org, so only fields the admin changed are
// sent: untouched ones keep following the parent org.
import type { DisclosureSettings } from './disclosure-types.ts';

export interface ExtraWordRow {
  word?: string;
  suggestion?: string;
}

export interface SettingsFormValues {
  indexNoPattern: string;
  withdrawalNotice: boolean;
  extraSensitiveWords: ExtraWordRow[];
  disabledSensitiveWords: string[];
}

/** The placeholders the server's 索引号 pattern accepts (src/features/disclosures/index-no.ts). */
export const INDEX_NO_PLACEHOLDERS: readonly { token: string; meaning: string }[] = [
  { token: '{org}', meaning: '机构代码' },
  { token: '{credit}', meaning: '统一社会信用代码（未填写时用机构代码）' },
  { token: '{category}', meaning: '信息类别代码，如 news、normative' },
  { token: '{year}', meaning: '发布年份' },
  { token: '{seq:4}', meaning: '顺序号，冒号后为位数（不足补 0，{seq} 默认 4 位）' },
];

export function toFormValues(settings: DisclosureSettings): SettingsFormValues {
  return {
    indexNoPattern: settings.indexNoPattern,
    withdrawalNotice: settings.withdrawalNotice,
    extraSensitiveWords: settings.extraSensitiveWords.map((w) => ({ word: w.word, suggestion: w.suggestion })),
    disabledSensitiveWords: [...settings.disabledSensitiveWords],
  };
}

function cleanWords(rows: readonly ExtraWordRow[]): DisclosureSettings['extraSensitiveWords'] {
  // Rows are kept in place (even blank ones) so the server's field errors, which name the
  // row by its index, land on the row the admin sees.
  return rows.map((row) => {
    const word = (row.word ?? '').trim();
    const suggestion = (row.suggestion ?? '').trim();
    return suggestion ? { word, suggestion } : { word };
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The PATCH body: the fields whose value differs from what was loaded (empty when nothing changed). */
export function settingsPatch(loaded: DisclosureSettings, values: SettingsFormValues): Partial<DisclosureSettings> {
  const patch: Partial<DisclosureSettings> = {};
  const pattern = values.indexNoPattern.trim();
  if (pattern !== loaded.indexNoPattern) patch.indexNoPattern = pattern;
  if (values.withdrawalNotice !== loaded.withdrawalNotice) patch.withdrawalNotice = values.withdrawalNotice;
  const words = cleanWords(values.extraSensitiveWords ?? []);
  if (!sameJson(words, cleanWords(loaded.extraSensitiveWords))) patch.extraSensitiveWords = words;
  const disabled = [...new Set(values.disabledSensitiveWords ?? [])].sort();
  if (!sameJson(disabled, [...loaded.disabledSensitiveWords].sort())) patch.disabledSensitiveWords = disabled;
  return patch;
}
