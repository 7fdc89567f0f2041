// How item facts read on the portal: file types and sizes, validity, dates, the 404 result.
import { DOC_TYPE_LABELS, type DocType, VALIDITY_LABELS, type Validity } from '../../../features/disclosures/item.ts';
import { chinaDate } from '../../../features/disclosures/timeliness.ts';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';

const FILE_KINDS: Record<string, string> = {
  pdf: 'PDF 文档',
  doc: 'Word 文档',
  docx: 'Word 文档',
  wps: 'WPS 文档',
  xls: 'Excel 表格',
  xlsx: 'Excel 表格',
  et: 'WPS 表格',
  ofd: 'OFD 版式文档',
  jpg: 'JPEG 图片',
  jpeg: 'JPEG 图片',
  png: 'PNG 图片',
  gif: 'GIF 图片',
  webp: 'WebP 图片',
};

export function fileKindLabel(ext: string): string {
  return FILE_KINDS[ext.toLowerCase()] ?? `${ext.toUpperCase()} 文件`;
}

/** 1536 → "1.5 KB"; sizes under 1 KB in bytes (字节). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export function docTypeLabel(docType: string): string {
  return DOC_TYPE_LABELS[docType as DocType] ?? docType;
}

export function validityLabel(validity: Validity | null): string | null {
  return validity ? VALIDITY_LABELS[validity] : null;
}

/**
 * Publication instants show as China dates (`date` columns already are YYYY-MM-DD). Plain
 * arithmetic: an Intl.DateTimeFormat built per call cost more than a list page's query.
 */
export function publishedOn(iso: string): string {
  return chinaDate(new Date(iso));
}

/** A 404 in the org's own chrome, so the visitor keeps its navigation. */
export function orgNotFound({ org }: Pick<OrgPageInput, 'org'>, message: string): PageResult {
  return {
    title: '页面不存在',
    status: 404,
    body: (
      <div class="panel">
        <p>{message}</p>
        <ul>
          <li>
            <a href={orgHref(org, 'catalogue')}>查看{org.name}的政府信息公开目录</a>
          </li>
          <li>
            <a href={orgHref(org, 'search')}>在{org.name}公开的信息中搜索</a>
          </li>
        </ul>
      </div>
    ),
  };
}
