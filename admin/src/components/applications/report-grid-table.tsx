import type { CSSProperties } from 'react';
import type { GridCell, TableGrid } from '../../../../src/features/annual-reports/render/table-grid.ts';

const BORDER = '1px solid #8c8c8c';
const cellStyle: CSSProperties = { border: BORDER, padding: '4px 6px', fontSize: 13, lineHeight: 1.5 };
const headStyle: CSSProperties = { ...cellStyle, background: '#fafafa', fontWeight: 600, textAlign: 'center' };

function scopeOf(cell: GridCell): 'col' | 'colgroup' | 'row' | 'rowgroup' | undefined {
  if (cell.kind === 'colHeader') return cell.colSpan > 1 ? 'colgroup' : 'col';
  if (cell.kind === 'rowHeader' || cell.kind === 'blockHeader') return cell.rowSpan > 1 ? 'rowgroup' : 'row';
  return undefined;
}

function Cell({ cell }: { cell: GridCell }) {
  const common = {
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    colSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    headers: cell.headers?.join(' '),
  };
  if (cell.kind === 'data') {
    return (
      <td {...common} style={{ ...cellStyle, textAlign: 'right', minWidth: 48 }} data-path={cell.path}>
        {cell.text}
      </td>
    );
  }
  if (cell.kind === 'corner') {
    return (
      <td {...common} id={cell.id} style={{ ...cellStyle, fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>
        {cell.text}
      </td>
    );
  }
  const align = cell.kind === 'colHeader' ? 'center' : 'left';
  return (
    <th {...common} id={cell.id} scope={scopeOf(cell)} style={{ ...headStyle, textAlign: align }}>
      {cell.text}
    </th>
  );
}

/** A report table (三 or 四) laid out exactly as printed, merged cells and all, for screen readers too. */
export function ReportGridTable({ grid }: { grid: TableGrid }) {
  const head = grid.rows.slice(0, grid.headerRowCount);
  const body = grid.rows.slice(grid.headerRowCount);
  const rowKey = (row: GridCell[], index: number) => `${grid.idPrefix}-${row[0]?.row ?? index}`;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, padding: '4px 0 8px' }}>
          {grid.caption}
        </caption>
        <thead>
          {head.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {row.map((cell) => (
                <Cell key={`${cell.row}-${cell.col}`} cell={cell} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {body.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {row.map((cell) => (
                <Cell key={`${cell.row}-${cell.col}`} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
