// The search form with its filters (org, column, year, type): GET controls, so a result page is a
// plain link that can be bookmarked or shared, and it all works without JavaScript.
import type { FC } from 'hono/jsx';
import type { ScopeOption } from './search-form.tsx';

export interface SearchFilterValues {
  q: string;
  org?: string;
  column?: number;
  year?: number;
  type?: string;
}

export interface SearchFormOptions {
  action: string;
  values: SearchFilterValues;
  /** Platform search: the orgs to choose from. Org search has its org fixed by the address. */
  orgs?: ScopeOption[];
  /** Columns of the chosen org, indented by depth. */
  columns?: ScopeOption[];
  years: number[];
  types: ScopeOption[];
  /** The query's problem (too long), tied to the field. */
  queryError?: string;
  /** Filters that could not be used, each named. */
  filterErrors?: Partial<Record<'org' | 'column' | 'year' | 'type' | 'page', string>>;
}

const Select: FC<{
  id: string;
  name: string;
  label: string;
  allLabel: string;
  options: ScopeOption[];
  value: string;
  error?: string;
}> = ({ id, name, label, allLabel, options, value, error }) => (
  <div class={error ? 'form-group has-error' : 'form-group'}>
    <label for={id}>{label}</label>
    {error ? (
      <span class="error-message" id={`${id}-error`}>
        <span class="visually-hidden">错误：</span>
        {error}
      </span>
    ) : null}
    <select
      id={id}
      name={name}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value} selected={option.value === value}>
          {option.label}
        </option>
      ))}
    </select>
  </div>
);

export const SearchFilterForm: FC<SearchFormOptions> = (props) => {
  const { action, values, orgs, columns, years, types, queryError, filterErrors = {} } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the older browsers still common on office PCs
    <form class="panel" role="search" method="get" action={action} aria-label="搜索政府信息">
      <div class={queryError ? 'form-group has-error' : 'form-group'}>
        <label for="search-q">搜索关键词</label>
        <span class="hint" id="search-q-hint">
          输入标题、正文或附件中的词语，例如“安全生产”，不超过 100 个字。
        </span>
        {queryError ? (
          <span class="error-message" id="search-q-error">
            <span class="visually-hidden">错误：</span>
            {queryError}
          </span>
        ) : null}
        <div class="search-row">
          <input
            id="search-q"
            name="q"
            type="search"
            value={values.q}
            aria-describedby={queryError ? 'search-q-hint search-q-error' : 'search-q-hint'}
            aria-invalid={queryError ? 'true' : undefined}
          />
          <button class="button" type="submit">
            搜索
          </button>
        </div>
      </div>
      <fieldset class="filter-row">
        <legend>筛选（可选）</legend>
        {orgs ? (
          <Select
            id="search-org"
            name="org"
            label="搜索范围"
            allLabel="全部单位"
            options={orgs}
            value={values.org ?? ''}
            error={filterErrors.org}
          />
        ) : null}
        {columns && columns.length > 0 ? (
          <Select
            id="search-column"
            name="column"
            label="栏目"
            allLabel="全部栏目"
            options={columns}
            value={values.column === undefined ? '' : String(values.column)}
            error={filterErrors.column}
          />
        ) : null}
        <Select
          id="search-year"
          name="year"
          label="发布年份"
          allLabel="全部年份"
          options={years.map((year) => ({ value: String(year), label: `${year} 年` }))}
          value={values.year === undefined ? '' : String(values.year)}
          error={filterErrors.year}
        />
        <Select
          id="search-type"
          name="type"
          label="信息类别"
          allLabel="全部类别"
          options={types}
          value={values.type ?? ''}
          error={filterErrors.type}
        />
        <div class="form-group">
          <button class="button" type="submit">
            按条件搜索
          </button>
        </div>
      </fieldset>
      {orgs && !columns ? <p class="hint">选择单位并搜索后，可以再按该单位的栏目筛选。</p> : null}
      {filterErrors.column && !columns ? <p class="error-message">{filterErrors.column}</p> : null}
    </form>
  );
};
