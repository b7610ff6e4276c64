import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { apiGet, toQuery } from '../api/client';
import type { Region, RegionAt } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { FieldInputProps } from '../incidents/Field';

/**
 * How the server matches a region's name (src/regions/names.ts, then lower()): used here only
 * to tell the person, before saving, which spelling on record their text will be saved as.
 */
export const regionKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The admin1 regions on record in a country, loaded once per country. */
function useCountryRegions(country: string): Region[] {
  const [regions, setRegions] = useState<{ country: string; items: Region[] }>({ country: '', items: [] });
  useEffect(() => {
    if (!country) return;
    const abort = new AbortController();
    apiGet<{ items: Region[] }>(`/api/regions${toQuery({ country, level: 'admin1' })}`, abort.signal).then(
      ({ items }) => setRegions({ country, items }),
      // Suggestions are a help, not a requirement: without them the field takes any text.
      () => {},
    );
    return () => abort.abort();
  }, [country]);
  return regions.country === country ? regions.items : [];
}

interface Props {
  input: FieldInputProps;
  country: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * The region (admin1) field: suggests the country's regions as the person types, and says
 * when what was typed is an existing region in another spelling (it is saved in that one)
 * or a region not yet on record.
 */
export function RegionInput({ input, country, value, onChange }: Props) {
  const { t } = useI18n();
  const regions = useCountryRegions(country);
  const byKey = useMemo(() => {
    const map = new Map<string, Region>();
    for (const r of regions) for (const k of [r.aliases, [regionKey(r.name)]].flat()) map.set(k, r);
    return map;
  }, [regions]);
  const typed = value.trim() ? regionKey(value) : '';
  const match = typed ? byKey.get(typed) : undefined;
  // Suggestions: regions whose name (or a merged spelling) holds what was typed, those that
  // start with it first — in any case or spacing, as the server will match it.
  const suggestions = useMemo(() => {
    if (!typed) return regions;
    const holds = (r: Region) => [regionKey(r.name), ...r.aliases].some((k) => k.includes(typed));
    const starts = (r: Region) => (regionKey(r.name).startsWith(typed) ? 0 : 1);
    return regions.filter(holds).sort((a, b) => starts(a) - starts(b));
  }, [regions, typed]);
  const note = !typed || !regions.length ? null : match ? (match.name !== value ? t('regions.savedAs', { name: match.name }) : null) : t('regions.new');
  const listId = `${input.id}-options`;
  const noteId = `${input.id}-region-note`;
  return (
    <>
      <input
        {...input}
        aria-describedby={[input['aria-describedby'], note ? noteId : ''].filter(Boolean).join(' ') || undefined}
        list={listId}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((r) => (
          <option key={r.id} value={r.name}>
            {t('regions.incidents', { count: r.incidents })}
          </option>
        ))}
      </datalist>
      {note && (
        <small id={noteId} className="muted region-note" aria-live="polite">
          {note}
        </small>
      )}
    </>
  );
}

/**
 * Looks up the region at a point picked on the map (GET /api/regions/at) and hands its admin1
 * to `onFound`; an answer that arrives after a later pick is dropped.
 */
export function useRegionAtPoint(country: string, onFound: (admin1: string) => void) {
  const latest = useRef(0);
  const found = useRef(onFound);
  found.current = onFound;
  return useCallback(
    async (latitude: number, longitude: number) => {
      const ticket = ++latest.current;
      if (!country) return;
      try {
        const at = await apiGet<RegionAt>(`/api/regions/at${toQuery({ country, lon: longitude, lat: latitude })}`);
        if (ticket === latest.current && at.admin1) found.current(at.admin1);
      } catch {
        // The region is a convenience here: on failure it stays as the person left it.
      }
    },
    [country],
  );
}
