import { useCallback, useEffect, useRef, useState } from 'react';
import { apiGet } from '../api/client';
import type { IncidentCount, IncidentPage, IncidentSummary } from '../api/types';

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
          // A later page, or a text search's full first page, tells only a lower bound of what it
          // saw: keep the count once it is known, and ask for it when the first page could not tell.
          setState((s) => {
            const counted = cursor !== null && s.total !== null;
            return {
              items: cursor ? [...s.items, ...page.items] : page.items,
              total: counted ? s.total : page.total,
              totalIsLowerBound: counted ? s.totalIsLowerBound : page.totalIsLowerBound,
              cursor: page.nextCursor,
              done: !page.nextCursor,
              loading: false,
              error: undefined,
            };
          });
          if (!cursor && page.totalIsLowerBound && q.has('q')) {
            const filters = new URLSearchParams(query);
            for (const key of ['sort', 'limit', 'cursor']) filters.delete(key);
            apiGet<IncidentCount>(`/api/incidents/count?${filters}`).then(
              (count) => {
                if (gen === generation.current) setState((s) => ({ ...s, total: count.total, totalIsLowerBound: count.totalIsLowerBound }));
              },
              () => undefined, // the list stays usable with its lower bound ("50+") when the count fails
            );
          }
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
