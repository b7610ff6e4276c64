import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiGet } from '../api/client';
import type { Actor, Group, RecordUsage, Source } from '../api/types';
import { ErrorNote } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { TermOptions } from '../vocab/TermOptions';
import { useTaxonomy } from '../vocab/vocab';
import { kindSpecs, listQuery, type RegistryKind, type RegistryRecord } from './kinds';

interface Loaded {
  items: RegistryRecord[];
  next: string | null;
  loading: boolean;
  error?: Error;
}

/** A registry's list: search by name, its filter (basis, kind or reliability), deleted ones on request, and where each is used. */
export default function RegistryListPage({ kind }: { kind: RegistryKind }) {
  const { t, label, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const spec = kindSpecs[kind];
  const vocabulary = useTaxonomy(spec.filter.vocabulary);
  const countries = useTaxonomy('countries');
  const query = listQuery(kind, params);
  const [loaded, setLoaded] = useState<Loaded>({ items: [], next: null, loading: true });
  const [usage, setUsage] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    let live = true;
    setLoaded({ items: [], next: null, loading: true });
    apiGet<{ items: RegistryRecord[]; nextCursor: string | null }>(query).then(
      (page) => live && setLoaded({ items: page.items, next: page.nextCursor, loading: false }),
      (error: Error) => live && setLoaded({ items: [], next: null, loading: false, error }),
    );
    return () => {
      live = false;
    };
  }, [query]);

  // Usage of the rows shown, one request per page of rows.
  useEffect(() => {
    const missing = loaded.items.map((r) => r.id).filter((id) => !usage.has(id));
    if (!missing.length) return;
    let live = true;
    apiGet<RecordUsage>(`/api/${kind}/usage?id=${missing.join(',')}`).then(
      (res) => live && setUsage((u) => new Map([...u, ...res.items.map((i) => [i.id, i.incidents] as const)])),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [kind, loaded.items, usage]);

  const more = () => {
    if (!loaded.next) return;
    setLoaded((l) => ({ ...l, loading: true }));
    apiGet<{ items: RegistryRecord[]; nextCursor: string | null }>(listQuery(kind, params, loaded.next)).then(
      (page) => setLoaded((l) => ({ items: [...l.items, ...page.items], next: page.nextCursor, loading: false })),
      (error: Error) => setLoaded((l) => ({ ...l, loading: false, error })),
    );
  };

  const setParam = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const [search, setSearch] = useState(params.get('q') ?? '');
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);
  // The box follows the click at once: the URL it mirrors changes in a navigation that React
  // may render later, and a controlled box would spring back until then.
  const [showDeleted, setShowDeleted] = useState(params.get('deleted') === '1');
  useEffect(() => setShowDeleted(params.get('deleted') === '1'), [params]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParam('q', search.trim() || undefined);
  };

  const filterLabel = t(kind === 'groups' ? 'registry.field.basis' : kind === 'actors' ? 'registry.field.actorKind' : 'registry.field.reliability');
  const secondColumn = (r: RegistryRecord) => {
    const code = (r as unknown as Record<string, string>)[spec.filter.field]!;
    return kind === 'sources' ? `${code} · ${label(vocabulary.byCode.get(code), code)}` : label(vocabulary.byCode.get(code), code);
  };
  const thirdColumn = (r: RegistryRecord) => {
    if (kind === 'sources') return (r as Source).kind;
    const country = (r as Group | Actor).country;
    return country ? label(countries.byCode.get(country), country) : '—';
  };

  return (
    <section className="page registry-page" data-testid={`registry-${kind}`}>
      <div className="page-head">
        <h1>{t(`registry.${kind}.title`)}</h1>
        <Link className="button" to={`/${kind}/new`}>
          {t(`registry.${kind}.new`)}
        </Link>
      </div>
      <p className="muted intro">{t(`registry.${kind}.intro`)}</p>
      <div className="registry-tools">
        <form role="search" className="searchbar" onSubmit={submit}>
          <label htmlFor="registry-q" className="visually-hidden">
            {t('registry.search')}
          </label>
          <input id="registry-q" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('registry.search')} />
          <button type="submit">{t('registry.searchButton')}</button>
        </form>
        <label className="inline">
          <span>{filterLabel}</span>
          <select value={params.get(spec.filter.urlParam) ?? ''} onChange={(e) => setParam(spec.filter.urlParam, e.target.value || undefined)} data-testid="registry-filter">
            <option value="">{t('registry.filterAny')}</option>
            <TermOptions vocabulary={vocabulary} withCode={kind === 'sources'} />
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showDeleted}
            onChange={(e) => {
              setShowDeleted(e.target.checked);
              setParam('deleted', e.target.checked ? '1' : undefined);
            }}
          /> {t('registry.showDeleted')}
        </label>
      </div>
      <ErrorNote error={loaded.error} />
      <p role="status" className="muted small" data-testid="registry-count">
        {loaded.loading && !loaded.items.length ? t('common.loading') : t('registry.shown', { count: loaded.items.length })}
      </p>
      {!loaded.loading && !loaded.error && loaded.items.length === 0 ? (
        <p className="empty">{t('registry.empty')}</p>
      ) : (
        <div className="table-scroll card">
          <table className="registry-table">
            <thead>
              <tr>
                <th scope="col">{t('registry.name')}</th>
                <th scope="col">{filterLabel}</th>
                <th scope="col">{kind === 'sources' ? t('registry.field.sourceKind') : t('registry.field.country')}</th>
                <th scope="col" className="num">
                  {t('registry.usage')}
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((r) => {
                const count = usage.get(r.id);
                return (
                  <tr key={r.id} className={r.deletedAt ? 'deleted' : undefined}>
                    <th scope="row">
                      <Link to={`/${kind}/${r.id}`}>{r.name}</Link>
                      {r.deletedAt && <span className="tag">{t('registry.deletedTag')}</span>}
                      {kind === 'groups' && (r as Group).aliases.length > 0 && <span className="muted small aliases"> {(r as Group).aliases.join(', ')}</span>}
                    </th>
                    <td>{secondColumn(r)}</td>
                    <td>{thirdColumn(r)}</td>
                    <td className="num">
                      {count === undefined ? (
                        '…'
                      ) : count === 0 ? (
                        number(0)
                      ) : (
                        <Link to={`/incidents?${spec.incidentFilter}=${r.id}`} aria-label={t('registry.usageCell', { count, name: r.name })}>
                          {number(count)}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {loaded.next && (
        <button type="button" className="secondary" onClick={more} disabled={loaded.loading}>
          {t('registry.more')}
        </button>
      )}
    </section>
  );
}
