// Per-org letter templates: plain text with {{placeholders}}, one paragraph per line. Filling
// is a single pass of literal substitution (no expressions, no code, values are never
// re-scanned), and an unknown or inapplicable placeholder is refused with a Chinese message.
import type { OutcomeKey } from '../rules/outcomes.ts';
import { LETTER_KIND_LABELS, type LetterKind } from './letter-data.ts';

export interface LetterTemplate {
  /** Replaces the letter's title (the line under the org name). */
  title?: string;
  /** One paragraph per line; blank lines and lines that fill to nothing are dropped. */
  body: string;
}

/** A template for a kind, or for the reply of one decision type (wins over 'reply'). */
export type LetterTemplateKey = LetterKind | `reply:${OutcomeKey}`;
export type LetterTemplates = Partial<Record<LetterTemplateKey, LetterTemplate>>;

export class LetterTemplateError extends Error {}

interface Placeholder {
  description: string;
  /** The kinds it has a value in; absent = every kind. */
  kinds?: readonly LetterKind[];
}

const APPLICANT_KINDS: readonly LetterKind[] = ['reply', 'correction', 'extension', 'fee'];

/** Every placeholder, with what it stands for (shown to administrators editing templates). */
export const PLACEHOLDERS = {
  applicant: { description: '申请人姓名或名称', kinds: APPLICANT_KINDS },
  you: { description: '对申请人的称谓：您／你单位', kinds: APPLICANT_KINDS },
  caseNumber: { description: '案件编号，如 扶工信依申〔2026〕12号' },
  documentNumber: { description: '本文书编号（默认同案件编号）' },
  receivedDate: { description: '收到申请的日期，如 2026年1月5日' },
  request: { description: '申请获取的信息内容' },
  orgName: { description: '本机关名称' },
  office: { description: '政府信息公开工作机构' },
  address: { description: '本机关地址' },
  phone: { description: '联系电话' },
  date: { description: '落款日期' },
  opening: { description: '标准开头段（收到申请的时间和内容）', kinds: APPLICANT_KINDS },
  remedies: { description: '救济途径段（行政复议60日、行政诉讼6个月）', kinds: APPLICANT_KINDS },
  closing: { description: '结束语，如 特此答复。' },
  standardBody: { description: '系统生成的全部正文段落（可在其前后增加本机关的段落）' },
  outcome: { description: '办理结果类型', kinds: ['reply'] },
  decision: { description: '标准的决定段落（含理由和法律依据）', kinds: ['reply'] },
  basis: { description: '法律依据，如《中华人民共和国政府信息公开条例》第十四条', kinds: ['reply'] },
  reasons: { description: '承办人填写的理由（未填写时为空）', kinds: ['reply'] },
  withheld: { description: '不予公开的部分及理由（部分公开时）', kinds: ['reply'] },
  access: { description: '获取信息的方式、途径', kinds: ['reply'] },
  items: { description: '需要补正的事项', kinds: ['correction'] },
  correctBy: { description: '补正期限', kinds: ['correction'] },
  workingDays: { description: '延长的工作日数', kinds: ['extension'] },
  newDueDate: { description: '延期后的答复期限', kinds: ['extension'] },
  extensionReason: { description: '延期理由', kinds: ['extension'] },
  feeBasis: { description: '收费方式：按件计收／按量计收', kinds: ['fee'] },
  feeAmount: { description: '应缴金额（元）', kinds: ['fee'] },
  feeDetail: { description: '金额计算说明', kinds: ['fee'] },
  payBy: { description: '缴费期限', kinds: ['fee'] },
  howToPay: { description: '缴费方式', kinds: ['fee'] },
  feeClockNote: { description: '缴费期间不计入答复期限的说明（本机关设置为不暂停计时时为空）', kinds: ['fee'] },
  thirdParty: { description: '被征求意见的第三方', kinds: ['consultation'] },
  replyBy: { description: '第三方提出意见的期限', kinds: ['consultation'] },
} as const satisfies Record<string, Placeholder>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

function appliesTo(name: PlaceholderName, kind: LetterKind): boolean {
  const kinds: readonly LetterKind[] | undefined = (PLACEHOLDERS[name] as Placeholder).kinds;
  return !kinds || kinds.includes(kind);
}

/** Every problem of a template for `kind`, in Chinese; empty when it can be used. */
export function templateProblems(template: LetterTemplate, kind: LetterKind): string[] {
  const problems: string[] = [];
  const texts: [string, string][] = [
    ['标题', template.title ?? ''],
    ...template.body.split('\n').map((line, i): [string, string] => [`正文第${i + 1}行`, line]),
  ];
  for (const [where, text] of texts) {
    const rest = text.replace(TOKEN, '');
    if (rest.includes('{{') || rest.includes('}}')) problems.push(`${where}的占位符括号不完整，应写成 {{名称}}`);
    for (const match of text.matchAll(TOKEN)) {
      const name = match[1];
      if (!isPlaceholderName(name)) {
        problems.push(`${where}有未知的占位符「{{${name}}}」，可用的有：${usablePlaceholders(kind).join('、')}`);
      } else if (!appliesTo(name, kind)) {
        problems.push(`${where}的占位符「{{${name}}}」不能用于${LETTER_KIND_LABELS[kind]}`);
      }
    }
  }
  if (!template.body.trim()) problems.push('模板正文为空');
  return problems;
}

/** The placeholder names a template of `kind` may use. */
export function usablePlaceholders(kind: LetterKind): PlaceholderName[] {
  return (Object.keys(PLACEHOLDERS) as PlaceholderName[]).filter((name) => appliesTo(name, kind));
}

/** One pass of literal substitution (no checks: call templateProblems first). */
export function fillText(text: string, values: PlaceholderValues): string {
  return fill(text, values);
}

function fill(text: string, values: PlaceholderValues): string {
  return text.replace(TOKEN, (_, name: string) => (isPlaceholderName(name) ? (values[name] ?? '') : ''));
}

/** Title and paragraphs of a filled template; throws LetterTemplateError listing every problem. */
export function fillTemplate(
  template: LetterTemplate,
  kind: LetterKind,
  values: PlaceholderValues,
): { title?: string; paragraphs: string[] } {
  const problems = templateProblems(template, kind);
  if (problems.length > 0) throw new LetterTemplateError(`文书模板有误：${problems.join('；')}`);
  // A value may hold several paragraphs (decision, standardBody): split after filling.
  const paragraphs = template.body
    .split('\n')
    .flatMap((line) => fill(line, values).split('\n'))
    .map((line) => line.trim())
    .filter(Boolean);
  const title = template.title?.trim() ? fill(template.title, values).trim() : undefined;
  return title ? { title, paragraphs } : { paragraphs };
}

/** The template a letter uses: the decision type's own, else the kind's, else none. */
export function pickTemplate(
  templates: LetterTemplates | undefined,
  kind: LetterKind,
  outcome?: OutcomeKey,
): LetterTemplate | undefined {
  if (!templates) return undefined;
  if (kind === 'reply' && outcome) return templates[`reply:${outcome}`] ?? templates.reply;
  return templates[kind];
}
