import { useEffect, useMemo, useState } from 'react';
import { cachedGet } from '../api/client';
import type { Actor, Group, Place, Source, Taxonomy, TaxonomyName, TaxonomyTerm } from '../api/types';
import { useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';

export type { TaxonomyName } from '../api/types';

export interface Vocabulary {
  terms: TaxonomyTerm[];
  byCode: Map<string, TaxonomyTerm>;
}

const empty: Vocabulary = { terms: [], byCode: new Map() };

/** One vocabulary by its stable codes (cached for the session). */
export function useTaxonomy(name: TaxonomyName): Vocabulary {
  const { data } = useApi<Taxonomy>(`/api/taxonomies/${name}`);
  const { lang, label } = useI18n();
  return useMemo(() => {
    if (!data) return empty;
    // Countries are listed by name, so by their name in the reader's language; other vocabularies keep the file's order (scales, levels).
    const collator = new Intl.Collator(lang);
    const terms = name === 'countries' ? [...data.terms].sort((a, b) => collator.compare(label(a), label(b))) : data.terms;
    return { terms, byCode: new Map(data.terms.map((t) => [t.code, t])) };
  }, [data, name, lang, label]);
}

type Kind = 'groups' | 'actors' | 'sources' | 'places';
type RecordOf<K extends Kind> = K extends 'groups' ? Group : K extends 'actors' ? Actor : K extends 'sources' ? Source : Place;

/** Every record of a registry kind (optionally one country's), following the pages; for pickers and name look-ups. */
export async function loadRegistry<K extends Kind>(kind: K, country?: string, includeDeleted = false): Promise<RecordOf<K>[]> {
  const out: RecordOf<K>[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 40; page++) {
    const params = new URLSearchParams({ limit: '500' });
    if (country) params.set('country', country);
    if (includeDeleted) params.set('includeDeleted', 'true');
    if (cursor) params.set('cursor', cursor);
    const res: { items: RecordOf<K>[]; nextCursor: string | null } = await cachedGet(`/api/${kind}?${params}`);
    out.push(...res.items);
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return out;
}

export interface Registry<T> {
  /** The live records, for pickers. */
  items: T[];
  /** Every record by id, deleted ones too: incidents still name a deleted group and must show its name. */
  byId: Map<string, T>;
  loaded: boolean;
}

export function useRegistry<K extends Kind>(kind: K, country?: string): Registry<RecordOf<K>> {
  const [state, setState] = useState<Registry<RecordOf<K>>>({ items: [], byId: new Map(), loaded: false });
  useEffect(() => {
    let live = true;
    loadRegistry(kind, country, true).then(
      (all) => live && setState({ items: all.filter((r) => !r.deletedAt), byId: new Map(all.map((r) => [r.id, r])), loaded: true }),
      () => live && setState((s) => ({ ...s, loaded: true })),
    );
    return () => {
      live = false;
    };
  }, [kind, country]);
  return state;
}
