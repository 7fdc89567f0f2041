// An item's page at /o/<code>/items/<id or 索引号>: the catalogue metadata as a table, the body,
// attachments with type and size, and its 政策解读 (or, for an interpretation, the document it
// explains). A withdrawn item shows its withdrawal notice when the org chose to leave one.
import { type FC, Fragment } from 'hono/jsx';
import type {
  PublishedItem,
  PublishedItemResult,
  PublishedItemSummary,
} from '../../../features/disclosures/public.service.ts';
import { Panel } from '../../views/components.tsx';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';
import { columnHref } from './catalogue-page.tsx';
import { fileKindLabel, formatFileSize, orgNotFound, publishedOn, validityLabel } from './item-format.tsx';

const MISSING = '没有找到这条信息。它可能尚未公开、已经撤回，或网址有误。';

/** `ref` is an item id or a 索引号 (which contains slashes, e.g. fugou-gxj/other/2023-0001). */
async function loadItem({ services }: OrgPageInput, ref: string): Promise<PublishedItemResult | undefined> {
  const byIndexNo =
    /^\d{1,9}$/.test(ref) || ref.length > 100 ? undefined : await services.portalQueries.itemIdByIndexNo(ref);
  const id = byIndexNo?.id ?? (/^\d{1,9}$/.test(ref) ? Number(ref) : undefined);
  if (id === undefined) return undefined;
  // One statement for a public item; the service says whether anything else has a withdrawal notice.
  const item = await services.portalQueries.publishedItem(id);
  return item ? { kind: 'published', item } : services.disclosures.portal.getPublishedItem(id);
}

function metadataRows(item: PublishedItem): [string, string][] {
  const rows: [string, string][] = [
    ['索引号', item.indexNo],
    ['发布机构', item.publisher],
    ['成文日期', item.formedOn ?? '—'],
    ['发布日期', publishedOn(item.firstPublishedAt)],
  ];
  if (item.versionNo > 1) rows.push(['更新日期', publishedOn(item.publishedAt)]);
  rows.push(['文号', item.docNo ?? '—'], ['主题分类', item.topic ?? '—'], ['公开方式', item.disclosureMethod]);
  const validity = validityLabel(item.validity);
  if (validity || item.docType === 'normative') {
    const dates = [
      item.effectiveOn ? `${item.effectiveOn} 起施行` : '',
      item.invalidOn ? `${item.invalidOn} ${validity ?? '失效'}` : '',
    ]
      .filter(Boolean)
      .join('，');
    rows.push(['有效性', validity ? `${validity}${dates ? `（${dates}）` : ''}` : '—']);
  }
  return rows;
}

export const MetadataTable: FC<{ item: PublishedItem }> = ({ item }) => (
  <table class="meta-table">
    <caption>信息索引</caption>
    <tbody>
      {metadataRows(item).map(([label, value]) => (
        <tr key={label}>
          <th scope="row">{label}</th>
          <td>{value}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

const Attachments: FC<{ item: PublishedItem }> = ({ item }) => (
  <Panel title="附件" headingId="item-attachments">
    <ul class="attachment-list">
      {item.attachments.map((file) => (
        <li key={file.id}>
          <a href={file.href} download={file.fileName}>
            {file.fileName}
          </a>{' '}
          <span class="muted">
            （{fileKindLabel(file.ext)}，{formatFileSize(file.sizeBytes)}）
          </span>
        </li>
      ))}
    </ul>
  </Panel>
);

const RelatedList: FC<{ items: PublishedItemSummary[] }> = ({ items }) => (
  <ul class="link-list">
    {items.map((related) => (
      <li key={related.id}>
        <span class="date">{publishedOn(related.publishedAt)}</span>
        <a href={related.href}>{related.title}</a>
      </li>
    ))}
  </ul>
);

function withdrawnPage(result: Extract<PublishedItemResult, { kind: 'withdrawn' }>, input: OrgPageInput): PageResult {
  const { org } = input;
  return {
    title: '信息已撤回',
    crumbs: [{ label: '政府信息公开目录', href: orgHref(org, 'catalogue') }],
    body: (
      <div class="notice">
        <p>
          “{result.title}”已于 {publishedOn(result.withdrawnAt)} 撤回，不再公开。
        </p>
        {result.reason ? <p>撤回说明：{result.reason}</p> : null}
        <p>
          如有疑问，请按<a href={orgHref(org, 'guide')}>政府信息公开指南</a>中的联系方式咨询，或查看
          <a href={orgHref(org, 'catalogue')}>政府信息公开目录</a>。
        </p>
      </div>
    ),
  };
}

export async function renderItem(input: OrgPageInput): Promise<PageResult | Response> {
  const { c, org } = input;
  const ref = c.req.param('ref') ?? '';
  const result = await loadItem(input, ref);
  if (!result) return orgNotFound(input, MISSING);
  // Another org's address for the item: send the visitor to the one true address.
  const owner = result.kind === 'published' ? result.item.orgCode : result.orgCode;
  const id = result.kind === 'published' ? result.item.id : result.id;
  if (owner !== org.code) return c.redirect(`/o/${owner}/items/${id}`, 301);
  if (result.kind === 'withdrawn') return withdrawnPage(result, input);

  const { item } = result;
  const [firstColumn] = item.columns;
  return {
    title: item.title,
    crumbs: [
      { label: '政府信息公开目录', href: orgHref(org, 'catalogue') },
      ...(firstColumn ? [{ label: firstColumn.name, href: columnHref(org, firstColumn.id) }] : []),
    ],
    body: (
      <article class="item">
        <MetadataTable item={item} />
        {item.versionNo > 1 ? (
          <p class="muted">
            本信息首次发布于 {publishedOn(item.firstPublishedAt)}，于 {publishedOn(item.publishedAt)} 更新（第{' '}
            {item.versionNo} 版）。
          </p>
        ) : null}
        {item.interprets ? (
          <Panel title="解读的政策文件" headingId="item-interprets">
            <RelatedList items={[item.interprets]} />
          </Panel>
        ) : null}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: item bodies are sanitised when they are saved */}
        <div class="article-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
        {item.attachments.length > 0 ? <Attachments item={item} /> : null}
        {item.interpretations.length > 0 ? (
          <Panel title="政策解读" headingId="item-interpretations">
            <RelatedList items={item.interpretations} />
          </Panel>
        ) : null}
        {item.columns.length > 0 ? (
          <p class="muted">
            所属栏目：
            {item.columns.map((column, i) => (
              <Fragment key={String(column.id)}>
                {i > 0 ? '、' : ''}
                <a href={columnHref(org, column.id)}>{column.name}</a>
              </Fragment>
            ))}
          </p>
        ) : null}
      </article>
    ),
  };
}
