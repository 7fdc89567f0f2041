// Text (already decoded, cells tab- or pipe-separated where the source had them) → report.
import { setCell, table2Paths, table3Paths, table4Paths } from '../check/cell-paths.ts';
import { statedDocumentFigures } from '../check/narrative-figures.ts';
import type { Diagnostic } from '../report.ts';
import { buildSections } from './build-sections.ts';
import { emptyReport } from './empty-report.ts';
import { findSections, type Section } from './find-sections.ts';
import { forceBlanks } from './force-blanks.ts';
import { normalizeText } from './normalize-text.ts';
import type { ParseResult } from './parse-report.ts';
import { detectTemplate, readCrawlerHeader, readIdentity, readSignatureDate, readYear } from './read-metadata.ts';
import { readTable2 } from './read-table2.ts';
import { readTable3 } from './read-table3.ts';
import { readTable4 } from './read-table4.ts';
import type { TableRead } from './table-result.ts';
import { UnreadableReportError } from './unreadable-error.ts';

/** Search steps allowed per document for splitting run-together digits. */
const SPLIT_BUDGET = 300_000;
/** Text read as one table, at most (table 三 printed in full is about 3,000 characters). */
const MAX_TABLE_CHARS = 200_000;

export function readReportText(raw: string): ParseResult {
  const text = normalizeText(raw);
  if (text.trim() === '') throw new UnreadableReportError('文件中没有文字内容');
  if (!/政府信息公开|政务公开|申请人情况/.test(text)) {
    throw new UnreadableReportError('内容不是政府信息公开工作年度报告（没有找到“政府信息公开”等字样）');
  }
  const header = readCrawlerHeader(text);
  const bodyStart = text.split('\n').slice(0, header.lineCount).join('\n').length;
  const body = text.slice(bodyStart);
  const { preambleEnd, sections } = findSections(body);
  const preamble = body.slice(0, preambleEnd);
  const identity = readIdentity(preamble, header.title);
  const year = identity.year ?? readYear(body);
  const template = detectTemplate(body, year);
  const report = emptyReport(template);
  report.agency = identity.agency ?? header.agency ?? null;
  report.year = year;
  report.publishedOn = header.publishedOn ?? readSignatureDate(body);

  const diagnostics: Diagnostic[] = [];
  const narrative = sections.filter((s) => !s.kind.startsWith('table')).map((s) => body.slice(s.bodyStart, s.end));
  const stated = statedDocumentFigures([preamble, ...narrative].join('\n'));
  const budget = { steps: SPLIT_BUDGET };
  const region = (kind: Section['kind']) => {
    const s = sections.find((x) => x.kind === kind) ?? fallbackRegion(body, kind, sections);
    // A real table is a few dozen lines; a cap keeps hostile input from costing minutes.
    return s ? body.slice(s.bodyStart, Math.min(s.end, s.bodyStart + MAX_TABLE_CHARS)).split('\n') : null;
  };
  const tables: { read: TableRead | null; paths: readonly string[]; name: string }[] = [];
  const t2 = region('table2');
  tables.push({
    read: t2 ? readTable2(t2, template, stated, budget) : null,
    paths: table2Paths(template),
    name: '表二（主动公开政府信息情况）',
  });
  const t3 = region('table3');
  tables.push({
    read: t3 ? readTable3(t3, template, budget) : null,
    paths: table3Paths(template),
    name: '表三（收到和处理政府信息公开申请情况）',
  });
  const t4 = region('table4');
  const read4 = t4 ? readTable4(t4, budget) : null;
  tables.push({ read: read4, paths: table4Paths(), name: '表四（行政复议、行政诉讼情况）' });

  const blanks = new Set<string>();
  for (const { read, paths, name } of tables) {
    if (!read) {
      diagnostics.push({
        severity: 'warning',
        rule: 'NOT_FOUND',
        cells: [...paths],
        message: `没有找到${name}（各单元格按空值处理，不当作 0）`,
      });
      continue;
    }
    for (const [path, value] of read.values) setCell(report, path, value);
    for (const b of read.blanks) blanks.add(b);
    diagnostics.push(...read.diagnostics);
  }
  diagnostics.push(...forceBlanks(report, blanks));

  const hasAnyCell = tables.some(({ read }) => read && [...read.values.values()].some((v) => v !== null));
  if (!hasAnyCell && !identity.agency && !header.title) {
    throw new UnreadableReportError('内容不是政府信息公开工作年度报告（没有找到报告标题，也没有找到任何统计表）');
  }
  const table4Section = sections.find((s) => s.kind === 'table4');
  const table4Remnant = table4Section && read4 && read4.endLine > 0 && t4 ? t4.slice(read4.endLine).join('\n') : '';
  // Title lines (a web page repeats its <title> above the heading) are not preamble text.
  const preambleText = preamble
    .slice(identity.titleEnd)
    .split('\n')
    .filter(
      (line) =>
        !(
          line.length < 60 &&
          !line.includes('。') &&
          /(?:政府信息公开|政务公开)[^。]{0,12}报告\s*$|^\s*正文\s*$/.test(line)
        ),
    )
    .join('\n');
  report.sections = buildSections({ body, preamble: preambleText, sections, table4Remnant });
  if (!report.agency)
    diagnostics.push({
      severity: 'warning',
      rule: 'NOT_FOUND',
      cells: ['agency'],
      message: '没有从标题中读出报告机关',
    });
  if (report.year === null)
    diagnostics.push({ severity: 'warning', rule: 'NOT_FOUND', cells: ['year'], message: '没有读出报告年度' });
  return { report, diagnostics };
}

// Tables without a heading of their own: find them by their printed header words.
function fallbackRegion(body: string, kind: Section['kind'], sections: Section[]): Section | null {
  const cues: Partial<Record<Section['kind'], RegExp>> = {
    table2: /第二十条第[（(]一[）)]项|本年制发件数|本年新制作数量/,
    table3: /申请人情况|本年新收政府信息公开申请/,
    table4: /行政复议[\s\S]{0,300}?(?:尚未审结|结果维持)/,
  };
  const cue = cues[kind];
  const m = cue ? cue.exec(body) : null;
  if (!m) return null;
  const start = m.index;
  const next = sections.find((s) => s.start > start);
  const nextTable = Object.values(cues)
    .map((c) => (c === cue ? -1 : body.slice(start + 1).search(c)))
    .filter((i) => i >= 0)
    .map((i) => i + start + 1);
  const end = Math.min(next?.start ?? body.length, ...nextTable);
  return { kind, title: '', start, bodyStart: start, end };
}
