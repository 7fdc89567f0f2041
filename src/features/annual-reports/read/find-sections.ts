// Splits the report into its parts by their headings (一、总体情况 …), recognising each part
// by what it says and holds rather than by exact wording: headings vary, typos happen
// (行政法复议), agencies add sections, and tables sometimes follow the narrative under
// their own numbering.

export type SectionKind = 'overview' | 'table2' | 'table3' | 'table4' | 'problems' | 'other' | 'extra';

export interface Section {
  kind: SectionKind;
  title: string;
  /** Offsets into the text: the heading starts at `start`, its body runs bodyStart…end. */
  start: number;
  bodyStart: number;
  end: number;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
// Headings that may appear inside running text (web pages flattened into one line).
const KNOWN_TITLES = [
  '(?:总体情况|基本情况|总体概况|概述)',
  '主动公开政府信息(?:的)?情况',
  '(?:收到和处理|依申请公开)政府信息(?:公开)?(?:申请)?(?:的)?情况',
  '[^。\\s]{0,20}?(?:行政(?:法)?复议|行政诉讼)[^。\\s]{0,24}?情况',
  '(?:政府信息公开工作)?存在的?主要问题(?:及|和|与)改进(?:情况|措施)',
  '其他需要报告的事项',
].join('|');
const INLINE_HEADING = new RegExp(`(^|[\\s。；！？])(${NUMERAL}[、.](?:${KNOWN_TITLES}))`, 'g');
const LINE_HEADING = new RegExp(`^\\s*(${NUMERAL})\\s*[、.]\\s*(\\S.{0,38})$`);
// Cheap test before the full search: a numeral followed by 、 (or at the end of the line).
const HEADING_START = /[一二三四五六七八九十](?:[、.]|$)/;
const TABLE3_ROW_TITLE = /本年新收|上年结转|本年度办理结果|结转下年度/;

interface Heading {
  start: number;
  end: number;
  title: string;
}

const KNOWN = new RegExp(`^(?:${KNOWN_TITLES})`);
const NUMERAL_PREFIX = new RegExp(`^${NUMERAL}`);
const NUMERALS = '一二三四五六七八九';

function numeralValue(numeral: string): number {
  if (numeral === '十') return 10;
  if (numeral.startsWith('十')) return 10 + NUMERALS.indexOf(numeral[1]) + 1;
  if (numeral.endsWith('十')) return (NUMERALS.indexOf(numeral[0]) + 1) * 10;
  return NUMERALS.indexOf(numeral[0]) + 1;
}

export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let offset = 0;
  let previous = 0;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const lineHeading = matchLineHeading(line);
    // An unknown title counts only when it continues the numbering: “一、加强领导” inside
    // a section is a list item, not a new part.
    const isHeading = lineHeading !== null && (KNOWN.test(lineHeading.title) || lineHeading.number === previous + 1);
    if (lineHeading !== null && isHeading) {
      headings.push({ start: offset, end: offset + line.length, title: lineHeading.title });
      previous = lineHeading.number;
    } else if (HEADING_START.test(line)) {
      // Running text may wrap inside a heading: look across into the next line.
      const joined = line + (lines[index + 1] ?? '');
      INLINE_HEADING.lastIndex = 0;
      for (let m = INLINE_HEADING.exec(joined); m; m = INLINE_HEADING.exec(joined)) {
        const at = m.index + m[1].length;
        if (at >= line.length) break;
        const end = at + m[2].length;
        const numeral = m[2].match(NUMERAL_PREFIX)?.[0] ?? '';
        // Offsets past the line's end skip the newline that was joined away.
        headings.push({
          start: offset + at,
          end: offset + (end <= line.length ? end : end + 1),
          title: m[2].slice(numeral.length + 1),
        });
        previous = numeralValue(numeral);
      }
    }
    offset += line.length + 1;
  });
  return headings;
}

function matchLineHeading(line: string): { number: number; title: string } | null {
  if (line.includes('\t') || line.includes('|')) return null;
  const m = line.match(LINE_HEADING);
  if (!m) return null;
  const title = m[2].trim();
  if (/[。，,；;：:]$/.test(title) || /。/.test(title) || TABLE3_ROW_TITLE.test(title)) return null;
  if (/\d{3,}/.test(title) && !KNOWN.test(title)) return null;
  return { number: numeralValue(m[1]), title };
}

export function findSections(text: string): { preambleEnd: number; sections: Section[] } {
  const headings = findHeadings(text);
  const sections: Section[] = headings.map((h, i) => {
    const end = i + 1 < headings.length ? headings[i + 1].start : text.length;
    return { kind: 'extra', title: h.title, start: h.start, bodyStart: h.end, end };
  });
  for (const s of sections) s.kind = classify(s.title, text.slice(s.bodyStart, s.end), sections);
  return { preambleEnd: headings[0]?.start ?? text.length, sections };
}

function classify(title: string, body: string, all: Section[]): SectionKind {
  const has = (kind: SectionKind) => all.some((s) => s.kind === kind);
  const hasDigits = /\d/.test(body);
  if (/复议|诉讼/.test(title) && hasDigits && !has('table4')) return 'table4';
  const isTable3 = /申请人情况/.test(body) || (/收到和处理|依申请|申请情况/.test(title) && /本年新收/.test(body));
  if (isTable3 && hasDigits && !has('table3')) return 'table3';
  const hasTable2Header = /本年制发件数|本年新制作数量|本年处理决定数量|现行有效件数|信息内容/.test(body);
  if (hasTable2Header && (/第二十条/.test(body) || /主动公开/.test(title)) && hasDigits && !has('table2'))
    return 'table2';
  if (/总体情况|基本情况|总体概况|概述/.test(title)) return 'overview';
  if (/问题|改进/.test(title)) return 'problems';
  if (/其他需要报告|其他事项/.test(title)) return 'other';
  return 'extra';
}
