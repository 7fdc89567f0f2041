import { useCallback, useEffect, useState } from 'react';
import { api, type QueryValue } from '../api/client.ts';
import type { Page } from '../api/types.ts';

export const DEFAULT_PAGE_SIZE = 20;

/**
 * One paginated API list and its filters. Changing a filter goes back to page 1;
 * the request is repeated whenever page, size or filters change.
 */
export function usePagedList<T>(path: string, filters: Record<string, QueryValue>) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [data, setData] = useState<Page<T>>({ items: [], total: 0, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [isLoading, setLoading] = useState(true);
  const filterKey = JSON.stringify(filters);
  const [appliedKey, setAppliedKey] = useState(filterKey);

  // A new filter resets to page 1 before loading, so we never ask for page 7 of a 1-page result.
  if (filterKey !== appliedKey) {
    setAppliedKey(filterKey);
    setPage(1);
  }

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const query = { ...(JSON.parse(appliedKey) as Record<string, QueryValue>), page, pageSize };
      setData(await api.get<Page<T>>(path, query));
    } catch {
      // shown by the client
    } finally {
      setLoading(false);
    }
  }, [path, appliedKey, page, pageSize]);

  useEffect(() => {
    void load();
  }, [load]);

  return {
    data,
    isLoading,
    reload: load,
    pagination: {
      current: page,
      pageSize,
      total: data.total,
      showSizeChanger: true,
      showTotal: (total: number) => `共 ${total} 条`,
      onChange: (nextPage: number, nextSize: number) => {
        setPage(nextSize === pageSize ? nextPage : 1);
        setPageSize(nextSize);
      },
    },
  };
}
