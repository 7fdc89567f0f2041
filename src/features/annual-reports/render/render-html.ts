// A standalone, printable, accessible HTML page: lang="zh-CN", one h1, tables with
// <caption>, <th scope> and id/headers for the two-level headers, no JavaScript.
import type { AnnualReport } from '../report.ts';
import { buildOutline } from './document-outline.ts';
import { HTML_STYLE } from './html-style.ts';
import type { GridCell, TableGrid } from './table-grid.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
}

function headerScope(cell: GridCell): string {
  if (cell.kind === 'colHeader') return cell.colSpan > 1 ? 'colgroup' : 'col';
  if (cell.kind === 'blockHeader') return 'rowgroup';
  return cell.rowSpan > 1 ? 'rowgroup' : 'row';
}

function cellHtml(cell: GridCell): string {
  const span = {
    rowspan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    colspan: cell.colSpan > 1 ? cell.colSpan : undefined,
  };
  const text = escapeHtml(cell.text);
  if (cell.kind === 'data') {
    const cls = cell.value === undefined ? 'text' : 'num';
    return `<td${attrs({ ...span, class: cls, headers: cell.headers?.join(' ') })}>${text}</td>`;
  }
  if (cell.kind === 'corner') return `<td${attrs({ ...span, class: 'corner', id: cell.id })}>${text}</td>`;
  const cls = cell.kind === 'rowHeader' && cell.rowSpan === 1 ? 'label' : undefined;
  return `<th${attrs({ ...span, scope: headerScope(cell), id: cell.id, headers: cell.headers?.join(' '), class: cls })}>${text}</th>`;
}

const TABLE_NAMES: Record<TableGrid['number'], string> = {
  二: '表二　主动公开政府信息情况',
  三: '表三　收到和处理政府信息公开申请情况',
  四: '表四　政府信息公开行政复议、行政诉讼情况',
};

/** Column widths in the printed proportions, so the seven number columns are even. */
function colgroup(table: TableGrid): string {
  const sum = table.columnWeights.reduce((a, b) => a + b, 0);
  const cols = table.columnWeights.map((w) => `<col style="width:${((w / sum) * 100).toFixed(2)}%">`).join('');
  return `<colgroup>${cols}</colgroup>`;
}

export function tableHtml(table: TableGrid): string {
  const rowHtml = (cells: GridCell[]): string => `<tr>${cells.map(cellHtml).join('')}</tr>`;
  const head = table.rows.slice(0, table.headerRowCount);
  const body = table.rows.slice(table.headerRowCount);
  // Table 二: each 第二十条 block is its own row group.
  const groups: GridCell[][][] = [];
  for (const row of body) {
    if (groups.length === 0 || row[0]?.kind === 'blockHeader') groups.push([]);
    groups[groups.length - 1].push(row);
  }
  const captionId = `${table.idPrefix}-caption`;
  return [
    // Wide tables scroll sideways on a phone; the region takes keyboard focus so it can be scrolled.
    `<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0">`,
    `<table id="${table.idPrefix}" class="table-${table.columnCount}">`,
    `<caption id="${captionId}">${escapeHtml(TABLE_NAMES[table.number])}</caption>`,
    colgroup(table),
    head.length > 0 ? `<thead>${head.map(rowHtml).join('\n')}</thead>` : '',
    ...groups.map((rows) => `<tbody>${rows.map(rowHtml).join('\n')}</tbody>`),
    '</table>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderHtml(report: AnnualReport): string {
  const outline = buildOutline(report);
  const parts: string[] = [];
  let open = false;
  let n = 0;
  for (const block of outline.blocks) {
    if (block.kind === 'heading') {
      if (open) parts.push('</section>');
      n++;
      parts.push(`<section aria-labelledby="s${n}">`, `<h2 id="s${n}">${escapeHtml(block.text)}</h2>`);
      open = true;
    } else if (block.kind === 'paragraph') parts.push(`<p>${escapeHtml(block.text)}</p>`);
    else parts.push(tableHtml(block.table));
  }
  if (open) parts.push('</section>');
  const signOff = outline.signOff.length
    ? `<footer class="sign-off">${outline.signOff
        .map((line, i) =>
          i === outline.signOff.length - 1 && report.publishedOn
            ? `<p><time datetime="${escapeHtml(report.publishedOn)}">${escapeHtml(line)}</time></p>`
            : `<p>${escapeHtml(line)}</p>`,
        )
        .join('')}</footer>`
    : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(outline.title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(outline.title)}</h1>
${parts.join('\n')}
${signOff}
</article>
</main>
</body>
</html>
`;
}
