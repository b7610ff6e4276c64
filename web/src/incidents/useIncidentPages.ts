import { useCallback, useEffect, useRef, useState } from 'react';
import { apiGet } from '../api/client';
import type { IncidentPage, IncidentSummary } from '../api/types';

export interface Pages {
  items: IncidentSummary[];
  total: number | null;
  /** `total` is "at least" (a text search with very many matches). */
  totalIsLowerBound: boolean;
  hasMore: boolean;
  loading: boolean;
  error: Error | undefined;
  loadMore: () => void;
}

/** Keyset pages of /api/incidents for one query string, appended as the reader scrolls. */
export function useIncidentPages(query: string, pageSize = 100): Pages {
  const [state, setState] = useState<{ items: IncidentSummary[]; total: number | null; totalIsLowerBound: boolean; cursor: string | null; done: boolean; loading: boolean; error: Error | undefined }>({
    items: [],
    total: null,
    totalIsLowerBound: false,
    cursor: null,
    done: false,
    loading: false,
    error: undefined,
  });
  const generation = useRef(0);
  const inFlight = useRef(false);

  const fetchPage = useCallback(
    (cursor: string | null, gen: number) => {
      inFlight.current = true;
      setState((s) => ({ ...s, loading: true }));
      const q = new URLSearchParams(query);
      q.set('limit', String(pageSize));
      if (cursor) q.set('cursor', cursor);
      apiGet<IncidentPage>(`/api/incidents?${q}`).then(
        (page) => {
          if (gen !== generation.current) return;
          inFlight.current = false;
          setState((s) => ({ items: cursor ? [...s.items, ...page.items] : page.items, total: page.total, totalIsLowerBound: page.totalIsLowerBound, cursor: page.nextCursor, done: !page.nextCursor, loading: false, error: undefined }));
        },
        (error: Error) => {
          if (gen !== generation.current) return;
          inFlight.current = false;
          setState((s) => ({ ...s, loading: false, error }));
        },
      );
    },
    [query, pageSize],
  );

  useEffect(() => {
    generation.current++;
    setState({ items: [], total: null, totalIsLowerBound: false, cursor: null, done: false, loading: true, error: undefined });
    fetchPage(null, generation.current);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (inFlight.current || state.done || !state.cursor) return;
    fetchPage(state.cursor, generation.current);
  }, [fetchPage, state.done, state.cursor]);

  // After an error there is no "more" to wait for: the page shows the error instead of a row loading forever.
  return { items: state.items, total: state.total, totalIsLowerBound: state.totalIsLowerBound, hasMore: !state.done && !state.error, loading: state.loading, error: state.error, loadMore };
}
