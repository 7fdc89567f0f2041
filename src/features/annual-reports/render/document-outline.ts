// The printed order of a report: title, headings 一、…六、 with narrative paragraphs and
// the three tables, then any extra sections and the sign-off. Writers only lay it out.
import type { AnnualReport } from '../report.ts';
import { buildTableFour } from './table-four.ts';
import type { TableGrid } from './table-grid.ts';
import { buildTableThree } from './table-three.ts';
import { buildTableTwo } from './table-two.ts';

export type OutlineBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: TableGrid };

export interface DocumentOutline {
  title: string;
  /** The title broken where GB/T 9704 would break it: agency and year, then the document kind. */
  titleLines: string[];
  blocks: OutlineBlock[];
  /** Agency and date lines, right-aligned after the body. */
  signOff: string[];
}

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  outcomes: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

const NARRATIVE_KEYS = new Set(['overview', 'problems', 'other']);

const DOCUMENT_KIND = '政府信息公开工作年度报告';

function titleHead(report: AnnualReport): string {
  return `${report.agency ?? ''}${report.year === null ? '' : `${report.year}年`}`;
}

export function reportTitle(report: AnnualReport): string {
  return `${titleHead(report)}${DOCUMENT_KIND}`;
}

/** Narrative text as paragraphs: one per non-blank line. */
export function paragraphsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 7 → 七, 12 → 十二, 20 → 二十 (section numbers). */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

/** 2023-02-20 → 2023年2月20日; anything else is printed as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export function buildOutline(report: AnnualReport): DocumentOutline {
  const blocks: OutlineBlock[] = [];
  const narrative = (heading: string, text: string | undefined): void => {
    blocks.push({ kind: 'heading', text: heading });
    for (const p of paragraphsOf(text)) blocks.push({ kind: 'paragraph', text: p });
  };
  const sections = report.sections ?? {};
  narrative(SECTION_HEADINGS.overview, sections.overview);
  blocks.push({ kind: 'heading', text: SECTION_HEADINGS.proactive });
  blocks.push({ kind: 'table', table: buildTableTwo(report) });
  blocks.push({ kind: 'heading', text: SECTION_HEADINGS.applications });
  blocks.push({ kind: 'table', table: buildTableThree(report) });
  blocks.push({ kind: 'heading', text: SECTION_HEADINGS.outcomes });
  blocks.push({ kind: 'table', table: buildTableFour(report) });
  narrative(SECTION_HEADINGS.problems, sections.problems);
  narrative(SECTION_HEADINGS.other, sections.other);
  let next = 7;
  for (const [key, text] of Object.entries(sections)) {
    if (NARRATIVE_KEYS.has(key) || typeof text !== 'string') continue;
    narrative(`${chineseNumeral(next++)}、${key.replace(/^[一二三四五六七八九十]+、/, '')}`, text);
  }
  const signOff: string[] = [];
  if (report.agency) signOff.push(report.agency);
  if (report.publishedOn) signOff.push(formatDate(report.publishedOn));
  const head = titleHead(report);
  const titleLines = head.length > 6 ? [head, DOCUMENT_KIND] : [reportTitle(report)];
  return { title: reportTitle(report), titleLines, blocks, signOff };
}
