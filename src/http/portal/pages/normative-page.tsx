// 规范性文件库: the org's (and its departments') normative documents, filtered by validity and by
// year with a plain GET form (?validity=有效&year=2025), 20 a page.
import type { FC } from 'hono/jsx';
import { VALIDITY_LABELS, type Validity } from '../../../features/disclosures/item.ts';
import type { PublishedItemSummary } from '../../../features/disclosures/public.service.ts';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';
import { orgNotFound, validityLabel } from './item-format.tsx';
import { BAD_PAGE_MESSAGE, hrefWith, Pagination, pageCountOf, parsePageNumber } from './pagination.tsx';

const PAGE_SIZE = 20;

const BY_LABEL = new Map<string, Validity>(
  (Object.entries(VALIDITY_LABELS) as [Validity, string][]).flatMap(([value, label]) => [
    [label, value],
    [value, value],
  ]),
);

export interface LibraryFilters {
  validity?: Validity;
  year?: number;
}

/** Reads ?validity= (有效/失效/废止, or valid/expired/abolished) and ?year=; lists what is wrong. */
export function parseLibraryFilters(query: { validity?: string; year?: string }): {
  filters: LibraryFilters;
  errors: string[];
  invalid: Set<'validity' | 'year'>;
} {
  const filters: LibraryFilters = {};
  const errors: string[] = [];
  const invalid = new Set<'validity' | 'year'>();
  const validity = query.validity?.trim() ?? '';
  if (validity) {
    const value = BY_LABEL.get(validity);
    if (value) filters.validity = value;
    else {
      errors.push('有效性只能选择“有效”“失效”或“废止”。');
      invalid.add('validity');
    }
  }
  const year = query.year?.trim() ?? '';
  if (year) {
    if (/^\d{4}$/.test(year) && Number(year) >= 1949 && Number(year) <= 2100) filters.year = Number(year);
    else {
      errors.push('年份应为四位数字，例如 2025。');
      invalid.add('year');
    }
  }
  return { filters, errors, invalid };
}

const FilterForm: FC<{ action: string; filters: LibraryFilters; years: number[]; invalid: Set<string> }> = ({
  action,
  filters,
  years,
  invalid,
}) => (
  <form class="panel filter-form" method="get" action={action} aria-label="筛选规范性文件">
    <div class="filter-row">
      <div class="form-group">
        <label for="filter-validity">有效性</label>
        <select id="filter-validity" name="validity" aria-invalid={invalid.has('validity') ? 'true' : undefined}>
          <option value="">全部</option>
          {(Object.entries(VALIDITY_LABELS) as [Validity, string][]).map(([value, label]) => (
            <option key={value} value={label} selected={filters.validity === value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="form-group">
        <label for="filter-year">成文年份</label>
        <select id="filter-year" name="year" aria-invalid={invalid.has('year') ? 'true' : undefined}>
          <option value="">全部年份</option>
          {years.map((year) => (
            <option key={year} value={String(year)} selected={filters.year === year}>
              {year} 年
            </option>
          ))}
        </select>
      </div>
      <div class="form-group">
        <button class="button" type="submit">
          筛选
        </button>
      </div>
    </div>
  </form>
);

const LibraryTable: FC<{ caption: string; items: PublishedItemSummary[] }> = ({ caption, items }) => (
  <table class="list-table">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">文件名称</th>
        <th scope="col">文号</th>
        <th scope="col" class="date">
          成文日期
        </th>
        <th scope="col">有效性</th>
      </tr>
    </thead>
    <tbody>
      {items.map((item) => (
        <tr key={item.id}>
          <td>
            <a href={item.href}>{item.title}</a>
          </td>
          <td>{item.docNo ?? '—'}</td>
          <td class="date">{item.formedOn ?? '—'}</td>
          <td>
            {validityLabel(item.validity) ?? '—'}
            {item.invalidOn && item.validity !== 'valid' ? <span class="muted">（{item.invalidOn}）</span> : null}
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

function describe(filters: LibraryFilters): string {
  const parts = [
    filters.year ? `${filters.year} 年成文` : '',
    filters.validity ? `${VALIDITY_LABELS[filters.validity]}的` : '',
  ];
  return `${parts.join('')}规范性文件`;
}

export async function renderNormativeLibrary(input: OrgPageInput): Promise<PageResult> {
  const { c, services, org } = input;
  const { filters, errors, invalid } = parseLibraryFilters({
    validity: c.req.query('validity'),
    year: c.req.query('year'),
  });
  const page = parsePageNumber(c.req.query('page'));
  if (page === null) errors.push(BAD_PAGE_MESSAGE);
  const action = orgHref(org, 'normative');
  const years = await services.portalQueries.normativeYears(org.id);
  if (filters.year && !years.includes(filters.year)) years.push(filters.year);
  years.sort((a, b) => b - a);
  const lead = (
    <p class="lead">
      本库收录{org.name}及所属部门公开的行政规范性文件，标明现行有效、失效或废止。文件以正式印发的文本为准。
    </p>
  );
  if (errors.length > 0 || page === null) {
    return {
      title: '规范性文件库',
      status: 400,
      crumbs: [{ label: '政府信息公开目录', href: orgHref(org, 'catalogue') }],
      body: (
        <>
          {lead}
          <div class="error-summary" role="alert">
            <h2>筛选条件有误</h2>
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
          <FilterForm action={action} filters={filters} years={years} invalid={invalid} />
        </>
      ),
    };
  }
  const result = await services.disclosures.portal.listNormativeLibrary(org.id, filters, { page, pageSize: PAGE_SIZE });
  const pages = pageCountOf(result.total, PAGE_SIZE);
  if (page > pages) return orgNotFound(input, `符合条件的文件只有 ${pages} 页，没有第 ${page} 页。`);
  const hrefFor = (p: number) =>
    hrefWith(action, { validity: filters.validity && VALIDITY_LABELS[filters.validity], year: filters.year, page: p });
  return {
    title: '规范性文件库',
    crumbs: [{ label: '政府信息公开目录', href: orgHref(org, 'catalogue') }],
    body: (
      <>
        {lead}
        <FilterForm action={action} filters={filters} years={years} invalid={invalid} />
        {result.total === 0 ? (
          <p class="muted" role="status">
            没有{describe(filters)}。
          </p>
        ) : (
          <>
            <LibraryTable
              caption={`${describe(filters)}：共 ${result.total} 件${pages > 1 ? `，第 ${page} 页` : ''}`}
              items={result.items}
            />
            <Pagination page={page} pageSize={PAGE_SIZE} total={result.total} hrefFor={hrefFor} />
          </>
        )}
      </>
    ),
  };
}
