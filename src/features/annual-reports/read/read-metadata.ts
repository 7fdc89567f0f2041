// The report's identity: which agency, which year it reports on, when it was published, and
// which national template (2019 or 2021) it follows.
import type { TemplateYear } from '../report.ts';

// Lines a web crawler puts above the page text (标题: …, 发布时间: …, 原文链接: …).
const CRAWLER_LINE =
  /^\s*(?:标题|发布时间|发布日期|成文日期|文号|发布机构|栏目|原文链接|本地目录|索引号|来源|页面链接[^\n]*|=+[^=\n]*=+)\s*[:：]?.*$/;
const CRAWLER_KEYS = /^\s*(标题|发布时间|发布日期|成文日期|发布机构)\s*[:：]\s*(.*)$/;

export interface CrawlerHeader {
  title?: string;
  publishedOn?: string;
  agency?: string;
  /** Lines of the text that belong to the header (at its very top). */
  lineCount: number;
}

export function readCrawlerHeader(text: string): CrawlerHeader {
  const lines = text.split('\n');
  const header: CrawlerHeader = { lineCount: 0 };
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const line = lines[i];
    if (line.trim() === '' || !CRAWLER_LINE.test(line)) {
      if (header.lineCount > 0 || line.trim() !== '') break;
      continue;
    }
    header.lineCount = i + 1;
    const m = line.match(CRAWLER_KEYS);
    if (!m) continue;
    const value = m[2].trim();
    if (m[1] === '标题' && value) header.title = value;
    else if (m[1] === '发布机构' && value) header.agency = value;
    else if (value) header.publishedOn ??= parseDate(value) ?? undefined;
  }
  return header;
}

export function parseDate(text: string): string | null {
  const m = text.match(/(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const AGENCY = '([\\u4e00-\\u9fff（）()·]{2,40}?)';
const REPORT = '(?:政府信息公开|政务公开)(?:工作)?\\s*(?:年度)?\\s*(?:工作)?\\s*报告';
const TITLE_PATTERNS = [
  new RegExp(`${AGENCY}\\s*(20\\d{2})\\s*年度?\\s*${REPORT}`),
  new RegExp(`(20\\d{2})\\s*年度?\\s*${AGENCY}\\s*${REPORT}`),
  new RegExp(`${AGENCY}\\s*(?:关于)?\\s*${REPORT.replace('(?:年度)?', '')}`),
];

export interface Identity {
  agency: string | null;
  year: number | null;
  /** Where the title ends in the preamble (0 when the title was not found there). */
  titleEnd: number;
}

/**
 * Agency and year from the title: the crawler's title line, else the first lines — one at a
 * time, then two and three joined (titles wrap), so a stray first line does not leak in.
 */
export function readIdentity(preamble: string, crawlerTitle?: string): Identity {
  const lines = preamble.split('\n').slice(0, 6);
  const candidates: { text: string; from: number; to: number }[] = [];
  if (crawlerTitle) candidates.push({ text: crawlerTitle, from: -1, to: -1 });
  for (const span of [1, 2, 3]) {
    for (let i = 0; i + span <= lines.length; i++)
      candidates.push({ text: lines.slice(i, i + span).join(''), from: i, to: i + span });
  }
  for (const { text, to } of candidates) {
    for (const [i, pattern] of TITLE_PATTERNS.entries()) {
      const m = text.replace(/[ \t]+/g, ' ').match(pattern);
      if (!m) continue;
      const [agencyText, yearText] = i === 1 ? [m[2], m[1]] : [m[1], m[2]];
      const agency = cleanAgency(agencyText);
      if (!agency) continue;
      const titleEnd = to < 0 ? 0 : lines.slice(0, to).join('\n').length + 1;
      return { agency, year: yearText ? Number(yearText) : null, titleEnd };
    }
  }
  return { agency: null, year: null, titleEnd: 0 };
}

function cleanAgency(raw: string): string | null {
  const agency = raw
    .replace(/^(?:正文|标题|关于|附件\d*)/, '')
    .replace(/关于$/, '')
    .trim();
  if (/编制|根据|按照|要求|现将|本报告|印发/.test(agency)) return null;
  return agency.length >= 2 ? agency : null;
}

/** The year reported on, when the title does not say: the statistics period, then the narrative. */
export function readYear(text: string): number | null {
  const period = text.match(/统计(?:时限|周期|期限|时间)[^0-9]{0,12}(20\d{2})\s*年\s*1\s*月\s*1\s*日/);
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of text.slice(0, 20000).matchAll(/(20\d{2})\s*年/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

/** A date on its own line in the last lines: the signature date of the report. */
export function readSignatureDate(text: string): string | null {
  const tail = text.trimEnd().split('\n').slice(-4);
  for (const line of tail.reverse()) {
    if (/^\s*(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/.test(line)) return parseDate(line);
  }
  return null;
}

const TELLTALES_2021 = [
  /本年制发件数/,
  /现行有效件数/,
  /本年收费金额/,
  /〔2021〕30号|\[2021\]30号/,
  /逾期不补正/,
  /缴纳费用/,
];
const TELLTALES_2019 = [
  /本年新制作数量/,
  /对外公开总数量/,
  /上一年项目数量/,
  /本年增\s*[/／]\s*减/,
  /第二十条第[（(]九[）)]项/,
  /政府集中采购/,
  /〔2019〕60号|\[2019\]60号/,
];

export function detectTemplate(text: string, year: number | null): TemplateYear {
  const score21 = TELLTALES_2021.filter((p) => p.test(text)).length;
  const score19 = TELLTALES_2019.filter((p) => p.test(text)).length;
  if (score21 !== score19) return score21 > score19 ? '2021' : '2019';
  return year !== null && year <= 2020 ? '2019' : '2021';
}
