import type { FC } from 'hono/jsx';

export interface ScopeOption {
  value: string;
  label: string;
}

/** A labelled GET search form; works without JavaScript. */
export const SearchForm: FC<{
  action: string;
  query: string;
  error?: string;
  scopes?: ScopeOption[];
  scope?: string;
}> = ({ action, query, error, scopes, scope }) => (
  // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the older browsers still common on office PCs
  <form class="panel" role="search" method="get" action={action} aria-label="搜索政府信息">
    {scopes ? (
      <div class="form-group">
        <label for="search-org">搜索范围</label>
        <select id="search-org" name="org">
          <option value="">全部单位</option>
          {scopes.map((option) => (
            <option key={option.value} value={option.value} selected={option.value === scope}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    ) : null}
    <div class="form-group">
      <label for="search-q">搜索关键词</label>
      <span class="hint" id="search-q-hint">
        输入标题或正文中的词语，例如“安全生产”，不超过 100 个字。
      </span>
      {error ? (
        <span class="error-message" id="search-q-error">
          <span class="visually-hidden">错误：</span>
          {error}
        </span>
      ) : null}
      <div class="search-row">
        <input
          id="search-q"
          name="q"
          type="search"
          value={query}
          aria-describedby={error ? 'search-q-hint search-q-error' : 'search-q-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
        <button class="button" type="submit">
          搜索
        </button>
      </div>
    </div>
  </form>
);
