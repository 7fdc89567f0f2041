import { useEffect, useState } from 'react';
import { api, type QueryValue } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { type ClockFilter, matchesClockFilter } from './clock-filter.ts';
import type { CaseListItem } from './types.ts';

/** The most open cases one request brings (the API's page limit). */
const OPEN_CASES_LIMIT = 200;

/**
 * Cases matching a deadline filter (overdue, due soon, …). The list API filters by state and
 * dates but not by deadline, so this asks for the open cases (one page of up to 200) and
 * filters them here; `isTruncated` says when an org has more open cases than that.
 */
export function useClockFilteredList(filters: Record<string, QueryValue>, clock: ClockFilter | undefined) {
  const [items, setItems] = useState<CaseListItem[]>([]);
  const [isTruncated, setTruncated] = useState(false);
  const [isLoading, setLoading] = useState(false);
  const key = JSON.stringify(filters);

  useEffect(() => {
    if (!clock) return;
    let isCurrent = true;
    setLoading(true);
    const query = {
      ...(JSON.parse(key) as Record<string, QueryValue>),
      isOpen: 'true',
      clock,
      page: 1,
      pageSize: OPEN_CASES_LIMIT,
    };
    api
      .get<Page<CaseListItem>>('/applications', query)
      .then(
        (page) => {
          if (!isCurrent) return;
          setItems(page.items.filter((item) => matchesClockFilter(item, clock)));
          setTruncated(page.total > page.items.length);
        },
        () => isCurrent && setItems([]),
      )
      .finally(() => isCurrent && setLoading(false));
    return () => {
      isCurrent = false;
    };
  }, [key, clock]);

  return { items, isTruncated, isLoading };
}
