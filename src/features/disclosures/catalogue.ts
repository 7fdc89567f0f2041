// The disclosure catalogue (政府信息公开目录, 条例 Art. 22): the kinds of Art. 20 and 21, the
// update classes the supervision checks use, and the default tree every org starts with.
import type { ColumnKind, UpdateClass } from './disclosure.tables.ts';

export type { ColumnKind, UpdateClass };

export interface ArticleKind {
  kind: ColumnKind;
  /** The item's wording in the regulation. */
  label: string;
  /** A short column name for the portal. */
  name: string;
  updateClass: UpdateClass;
}

/** 条例第二十条 (一)–(十五). */
export const ART20_KINDS: readonly ArticleKind[] = [
  { kind: 'a20-1', label: '行政法规、规章和规范性文件', name: '规章和规范性文件', updateClass: 'normative' },
  {
    kind: 'a20-2',
    label: '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
    name: '机构职能',
    updateClass: 'other',
  },
  {
    kind: 'a20-3',
    label: '国民经济和社会发展规划、专项规划、区域规划及相关政策',
    name: '规划计划',
    updateClass: 'plan',
  },
  { kind: 'a20-4', label: '国民经济和社会发展统计信息', name: '统计信息', updateClass: 'statistics' },
  {
    kind: 'a20-5',
    label: '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
    name: '行政许可',
    updateClass: 'other',
  },
  {
    kind: 'a20-6',
    label: '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
    name: '行政处罚和行政强制',
    updateClass: 'other',
  },
  { kind: 'a20-7', label: '财政预算、决算信息', name: '财政预决算', updateClass: 'budget' },
  { kind: 'a20-8', label: '行政事业性收费项目及其依据、标准', name: '行政事业性收费', updateClass: 'other' },
  { kind: 'a20-9', label: '政府集中采购项目的目录、标准及实施情况', name: '政府采购', updateClass: 'other' },
  { kind: 'a20-10', label: '重大建设项目的批准和实施情况', name: '重大建设项目', updateClass: 'other' },
  {
    kind: 'a20-11',
    label: '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
    name: '民生政策',
    updateClass: 'policy',
  },
  { kind: 'a20-12', label: '突发公共事件的应急预案、预警信息及应对情况', name: '应急管理', updateClass: 'notice' },
  {
    kind: 'a20-13',
    label: '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
    name: '监督检查',
    updateClass: 'other',
  },
  {
    kind: 'a20-14',
    label: '公务员招考的职位、名额、报考条件等事项以及录用结果',
    name: '公务员招考',
    updateClass: 'notice',
  },
  {
    kind: 'a20-15',
    label: '法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息',
    name: '其他法定公开信息',
    updateClass: 'other',
  },
];

/** 条例第二十一条: added for city- and county-level bodies. */
export const ART21_KINDS: readonly ArticleKind[] = [
  { kind: 'a21-1', label: '市政建设', name: '市政建设', updateClass: 'other' },
  { kind: 'a21-2', label: '公共服务', name: '公共服务', updateClass: 'other' },
  { kind: 'a21-3', label: '公益事业', name: '公益事业', updateClass: 'other' },
  { kind: 'a21-4', label: '土地征收', name: '土地征收', updateClass: 'other' },
  { kind: 'a21-5', label: '房屋征收', name: '房屋征收', updateClass: 'other' },
  { kind: 'a21-6', label: '治安管理', name: '治安管理', updateClass: 'other' },
  { kind: 'a21-7', label: '社会救助', name: '社会救助', updateClass: 'other' },
];

export const COLUMN_KINDS: readonly ColumnKind[] = [
  ...ART20_KINDS.map((k) => k.kind),
  ...ART21_KINDS.map((k) => k.kind),
  'custom',
];

export const UPDATE_CLASSES: readonly UpdateClass[] = [
  'news',
  'notice',
  'policy',
  'normative',
  'plan',
  'statistics',
  'budget',
  'other',
];

export const UPDATE_CLASS_LABELS: Record<UpdateClass, string> = {
  news: '动态/要闻',
  notice: '通知公告',
  policy: '政策文件',
  normative: '规范性文件',
  plan: '规划计划',
  statistics: '统计信息',
  budget: '财政预决算',
  other: '其他',
};

export function isColumnKind(value: string): value is ColumnKind {
  return (COLUMN_KINDS as readonly string[]).includes(value);
}

export function articleKind(kind: ColumnKind): ArticleKind | undefined {
  return [...ART20_KINDS, ...ART21_KINDS].find((k) => k.kind === kind);
}

/** A column of the default tree before it has an id; `parent` names the parent's code. */
export interface DefaultColumn {
  code: string;
  name: string;
  kind: ColumnKind;
  updateClass: UpdateClass;
  parent: string | null;
  sort: number;
}

export interface DefaultCatalogueOptions {
  /** Art. 21 columns: city- and county-level bodies only. */
  includeArt21: boolean;
}

/**
 * The tree an org starts with: its own everyday columns first (what the portal's home shows),
 * then 法定主动公开内容 with one child per statutory kind.
 */
export function defaultCatalogue(options: DefaultCatalogueOptions): DefaultColumn[] {
  const own: DefaultColumn[] = [
    { code: 'news', name: '部门动态', kind: 'custom', updateClass: 'news', parent: null, sort: 10 },
    { code: 'notices', name: '通知公告', kind: 'custom', updateClass: 'notice', parent: null, sort: 20 },
    { code: 'policies', name: '政策文件', kind: 'custom', updateClass: 'policy', parent: null, sort: 30 },
    { code: 'interpretations', name: '政策解读', kind: 'custom', updateClass: 'policy', parent: null, sort: 40 },
    { code: 'statutory', name: '法定主动公开内容', kind: 'custom', updateClass: 'other', parent: null, sort: 50 },
  ];
  const statutory = [...ART20_KINDS, ...(options.includeArt21 ? ART21_KINDS : [])].map((k, i) => ({
    code: k.kind,
    name: k.name,
    kind: k.kind,
    updateClass: k.updateClass,
    parent: 'statutory',
    sort: (i + 1) * 10,
  }));
  return [...own, ...statutory];
}

export interface ColumnRecord {
  id: number;
  orgId: number;
  parentId: number | null;
  name: string;
  code: string;
  kind: ColumnKind;
  updateClass: UpdateClass;
  sort: number;
  updatedAt: string;
}

export interface ColumnNode extends ColumnRecord {
  /** The regulation's wording for statutory kinds. */
  article: string | null;
  children: ColumnNode[];
}

/** Nests flat columns by parent, keeping each level in `sort` then id order. */
export function buildColumnTree(columns: readonly ColumnRecord[]): ColumnNode[] {
  const nodes = new Map<number, ColumnNode>();
  for (const column of columns)
    nodes.set(column.id, { ...column, article: articleKind(column.kind)?.label ?? null, children: [] });
  const roots: ColumnNode[] = [];
  const ordered = [...nodes.values()].sort((a, b) => a.sort - b.sort || a.id - b.id);
  for (const node of ordered) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** True when making `parentId` the parent of `id` would close a loop. */
export function wouldCycle(columns: readonly ColumnRecord[], id: number, parentId: number | null): boolean {
  const byId = new Map(columns.map((c) => [c.id, c]));
  for (let at = parentId; at !== null; at = byId.get(at)?.parentId ?? null) {
    if (at === id) return true;
  }
  return false;
}
