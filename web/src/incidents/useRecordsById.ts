import { useMemo } from 'react';
import type { Evidence, IncidentSummary } from '../api/types';
import { useApi } from '../api/useApi';

/** The API's limit on ids in one query; an incident page names far fewer. */
const maxIds = 200;

/**
 * Several incidents (deleted ones too) or evidence records by id, in one request per kind
 * however many there are — the page, its links and its whole history share it.
 */
export function useRecordsById<K extends 'incidents' | 'evidence'>(kind: K, ids: readonly string[], reload = 0) {
  type Item = K extends 'incidents' ? IncidentSummary : Evidence;
  const key = [...new Set(ids)].sort().slice(0, maxIds).join(',');
  const path = key ? (kind === 'incidents' ? `/api/incidents?id=${key}&deleted=include&limit=${maxIds}` : `/api/evidence?id=${key}`) : null;
  const { data, error } = useApi<{ items: Item[] }>(path, reload);
  const byId = useMemo(() => new Map((data?.items ?? []).map((x) => [x.id, x] as const)), [data]);
  return { byId, error, loaded: path === null || data !== undefined || error !== undefined };
}
