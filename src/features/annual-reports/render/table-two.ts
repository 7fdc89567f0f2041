// Table 二 (主动公开政府信息情况) in the national layout: blocks of 第二十条 items,
// each a title row, a column-header row and data rows, four columns wide.
import type { AnnualReport, Proactive2019, Proactive2021 } from '../report.ts';
import { formatValue, GridBuilder, type TableGrid } from './table-grid.ts';

interface BlockColumn {
  label: string;
  span?: number;
}

interface BlockRow {
  label: string;
  /** One entry per block column: a value, or a text as printed (2019 procurement amount). */
  cells: { path: string; value?: number | null; text?: string | null }[];
}

interface Block {
  title: string;
  columns: BlockColumn[];
  rows: BlockRow[];
}

const COLUMNS = 4;

export function buildTableTwo(report: AnnualReport): TableGrid {
  const blocks =
    report.template === '2019'
      ? blocks2019(report.proactive as Proactive2019)
      : blocks2021(report.proactive as Proactive2021);
  const grid = new GridBuilder(COLUMNS);
  let row = 0;
  blocks.forEach((block, b) => {
    const blockId = `t2-b${b + 1}`;
    grid.add(row++, { kind: 'blockHeader', text: block.title, colSpan: COLUMNS, id: blockId });
    const contentId = `${blockId}-content`;
    grid.add(row, { kind: 'colHeader', text: '信息内容', id: contentId, headers: [blockId] });
    const columnIds = block.columns.map((column, c) => {
      const id = `${blockId}-c${c + 1}`;
      grid.add(row, { kind: 'colHeader', text: column.label, colSpan: column.span ?? 1, id, headers: [blockId] });
      return id;
    });
    row++;
    block.rows.forEach((dataRow, r) => {
      const rowId = `${blockId}-r${r + 1}`;
      grid.add(row, { kind: 'rowHeader', text: dataRow.label, id: rowId, headers: [blockId, contentId] });
      dataRow.cells.forEach((cell, c) => {
        const text = cell.text !== undefined ? (cell.text ?? '') : formatValue(cell.value);
        const value = cell.text !== undefined ? undefined : (cell.value ?? null);
        grid.add(row, {
          kind: 'data',
          text,
          value,
          path: cell.path,
          colSpan: block.columns[c].span ?? 1,
          headers: [blockId, columnIds[c], rowId],
        });
      });
      row++;
    });
  });
  return grid.build({
    number: '二',
    caption: '二、主动公开政府信息情况',
    idPrefix: 't2',
    columnWeights: [3, 2, 2, 2],
    headerRowCount: 0,
  });
}

function blocks2021(p: Proactive2021): Block[] {
  const docs = (key: 'regulations' | 'normativeDocuments', label: string): BlockRow => ({
    label,
    cells: (['issued', 'abolished', 'inForce'] as const).map((k) => ({
      path: `proactive.${key}.${k}`,
      value: p[key]?.[k] ?? null,
    })),
  });
  const single = (key: 'licensing' | 'penalty' | 'coercion' | 'feesWanYuan', label: string): BlockRow => ({
    label,
    cells: [{ path: `proactive.${key}`, value: p[key] ?? null }],
  });
  const decisions: BlockColumn[] = [{ label: '本年处理决定数量', span: 3 }];
  return [
    {
      title: '第二十条第（一）项',
      columns: [{ label: '本年制发件数' }, { label: '本年废止件数' }, { label: '现行有效件数' }],
      rows: [docs('regulations', '规章'), docs('normativeDocuments', '行政规范性文件')],
    },
    { title: '第二十条第（五）项', columns: decisions, rows: [single('licensing', '行政许可')] },
    {
      title: '第二十条第（六）项',
      columns: decisions,
      rows: [single('penalty', '行政处罚'), single('coercion', '行政强制')],
    },
    {
      title: '第二十条第（八）项',
      columns: [{ label: '本年收费金额（单位：万元）', span: 3 }],
      rows: [single('feesWanYuan', '行政事业性收费')],
    },
  ];
}

function blocks2019(p: Proactive2019): Block[] {
  const docs = (key: 'regulations' | 'normativeDocuments', label: string): BlockRow => ({
    label,
    cells: (['newlyMade', 'newlyPublished', 'totalPublished'] as const).map((k) => ({
      path: `proactive.${key}.${k}`,
      value: p[key]?.[k] ?? null,
    })),
  });
  const items = (key: 'licensing' | 'otherServices' | 'penalty' | 'coercion', label: string): BlockRow => ({
    label,
    cells: (['previousYearItems', 'change', 'decisions'] as const).map((k) => ({
      path: `proactive.${key}.${k}`,
      value: p[key]?.[k] ?? null,
    })),
  });
  const itemColumns: BlockColumn[] = [{ label: '上一年项目数量' }, { label: '本年增/减' }, { label: '处理决定数量' }];
  return [
    {
      title: '第二十条第（一）项',
      columns: [{ label: '本年新制作数量' }, { label: '本年新公开数量' }, { label: '对外公开总数量' }],
      rows: [docs('regulations', '规章'), docs('normativeDocuments', '规范性文件')],
    },
    {
      title: '第二十条第（五）项',
      columns: itemColumns,
      rows: [items('licensing', '行政许可'), items('otherServices', '其他对外管理服务事项')],
    },
    {
      title: '第二十条第（六）项',
      columns: itemColumns,
      rows: [items('penalty', '行政处罚'), items('coercion', '行政强制')],
    },
    {
      title: '第二十条第（八）项',
      columns: [{ label: '上一年项目数量' }, { label: '本年增/减', span: 2 }],
      rows: [
        {
          label: '行政事业性收费',
          cells: [
            { path: 'proactive.fees.previousYearItems', value: p.fees?.previousYearItems ?? null },
            { path: 'proactive.fees.change', value: p.fees?.change ?? null },
          ],
        },
      ],
    },
    {
      title: '第二十条第（九）项',
      columns: [{ label: '采购项目数量' }, { label: '采购总金额', span: 2 }],
      rows: [
        {
          label: '政府集中采购',
          cells: [
            { path: 'proactive.procurement.items', value: p.procurement?.items ?? null },
            { path: 'proactive.procurement.totalAmount', text: p.procurement?.totalAmount ?? null },
          ],
        },
      ],
    },
  ];
}
