import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Stats } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../app/Loading';
import { DateFilterField } from '../filters/DateFilterField';
import { filterFaults, type FilterFault } from '../filters/faults';
import { FilterChips } from '../filters/FilterChips';
import { FaultNote } from '../filters/FaultNote';
import { filterParams, filterQuery, parseFilters, toggleValue, withFilter, type Filters } from '../filters/filters';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { problemMessage } from '../i18n/problems';
import { levelColour } from '../pyramid/palette';
import { ViolationTypeOptions } from '../vocab/ViolationTypeOptions';
import { TermOptions } from '../vocab/TermOptions';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { selectionCsv } from './csv';
import { LevelBadge } from './LevelBadge';
import { useIncidentPages } from './useIncidentPages';
import { useTeams } from '../access/teams';
import { MakeCaseButton } from '../cases/MakeCaseButton';

const sorts = ['date:desc', 'date:asc', 'level:desc', 'updated:desc', 'relevance'] as const;
const rowHeight = 76;

/** Incident list and search: full text, facets, sort, keyset pages under a virtual scroller, CSV of the selection. */
export default function ListPage() {
  const { t, label, number, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const f = useMemo(() => parseFilters(params), [params]);
  const sort = (sorts as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as (typeof sorts)[number]) : 'date:desc';
  const apiQuery = useMemo(() => new URLSearchParams({ ...filterParams(f), sort }).toString(), [f, sort]);
  const pages = useIncidentPages(apiQuery);
  // The filters the API refused (problem+json errors[].field), each marked at its field.
  const faults = filterFaults(pages.error);
  const faultMessage = (x: FilterFault) => problemMessage(t, x.problem, { country: (c) => label(countryVocab.byCode.get(c), c) });
  const fault = (name: keyof Filters) => {
    const x = faults.find((y) => y.name === name);
    return x && faultMessage(x);
  };

  const countryVocab = useTaxonomy('countries');
  const types = useTaxonomy('violation-types');
  const bases = useTaxonomy('identity-bases');
  const verification = useTaxonomy('verification-statuses');
  const groups = useRegistry('groups');
  const actors = useRegistry('actors');
  const sources = useRegistry('sources');
  const teams = useTeams();
  const countries = useApi<Stats>('/api/stats?by=country');
  const levelCounts = useApi<Stats>(`/api/stats${filterQuery(f, ['level'], { by: 'level' })}`);
  const regionCounts = useApi<Stats>(f.country.length ? `/api/stats${filterQuery(f, ['admin1'], { by: 'admin1' })}` : null);

  const set = (name: keyof Filters, value: string | readonly (string | number)[] | undefined) => setParams(withFilter(params, name, value));
  const groupName = (id: string) => groups.byId.get(id)?.name ?? t('common.unknownRecord');

  const [search, setSearch] = useState(f.q ?? '');
  useEffect(() => setSearch(f.q ?? ''), [f.q]);
  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    setParams(withFilter(params, 'q', search.trim() || undefined));
  };

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: pages.items.length + (pages.hasMore ? 1 : 0), getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 8 });
  const virtualItems = virtual.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? 0;
  useEffect(() => {
    if (lastIndex >= pages.items.length - 30 && pages.hasMore && !pages.loading) pages.loadMore();
  }, [lastIndex, pages]);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [apiQuery]);

  const [csv, setCsv] = useState<{ done: number; total: number; abort: AbortController } | null>(null);
  const downloadCsv = async () => {
    const abort = new AbortController();
    setCsv({ done: 0, total: pages.total ?? 0, abort });
    try {
      const blob = await selectionCsv(new URLSearchParams(apiQuery), { group: groupName, actor: (id) => actors.byId.get(id)?.name ?? id, origin: window.location.origin }, (done, total) => setCsv((c) => (c ? { ...c, done, total } : c)), abort.signal);
      if (abort.signal.aborted) return;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `precursor-incidents-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (err) {
      if (!abort.signal.aborted) window.alert((err as Error).message);
    } finally {
      setCsv(null);
    }
  };

  const levelCount = (l: number) => levelCounts.data?.cells.find((c) => c.level === l)?.incidents ?? 0;

  return (
    <section className="page list-page">
      <div className="page-head">
        <h1>{t('list.title')}</h1>
        <Link className="button" to={f.country.length === 1 ? `/incidents/new?country=${f.country[0]}` : '/incidents/new'}>
          {t('nav.new')}
        </Link>
      </div>
      <form role="search" className="searchbar" onSubmit={submitSearch}>
        <label htmlFor="q" className="visually-hidden">
          {t('list.search')}
        </label>
        <input id="q" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('list.searchPlaceholder')} />
        <button type="submit">{t('list.searchButton')}</button>
      </form>
      <div className="list-layout">
        <details className="facets" open={window.matchMedia?.('(min-width: 900px)').matches ?? true}>
          <summary>{t('list.filters')}</summary>
          <div className="facet-body">
            <label>
              <span>{t('filters.country')}</span>
              <select value={f.country[0] ?? ''} aria-invalid={Boolean(fault('country'))} aria-describedby="fault-country" onChange={(e) => setParams(withFilter(withFilter(params, 'admin1', undefined), 'country', e.target.value || undefined))}>
                <option value="">{t('filters.allCountries')}</option>
                {(countries.data?.cells ?? []).map((c) => (
                  <option key={c.country} value={c.country}>
                    {label(countryVocab.byCode.get(c.country!), c.country)} ({number(c.incidents)})
                  </option>
                ))}
              </select>
              <FaultNote id="fault-country" message={fault('country')} />
            </label>
            <label>
              <span>{t('filters.admin1')}</span>
              <select value={f.admin1[0] ?? ''} onChange={(e) => set('admin1', e.target.value || undefined)} disabled={!f.country.length}>
                <option value="">{t('filters.allRegions')}</option>
                {(regionCounts.data?.cells ?? [])
                  .filter((c) => c.admin1)
                  .map((c) => (
                    <option key={c.admin1!} value={c.admin1!}>
                      {c.admin1} ({number(c.incidents)})
                    </option>
                  ))}
              </select>
            </label>
            <label>
              <span>{t('filters.group')}</span>
              <select value={f.group[0] ?? ''} aria-invalid={Boolean(fault('group'))} aria-describedby="fault-group" onChange={(e) => set('group', e.target.value || undefined)}>
                <option value="">{t('filters.any')}</option>
                {groups.items
                  .filter((g) => !f.country.length || !g.country || f.country.includes(g.country))
                  .map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
              </select>
              <FaultNote id="fault-group" message={fault('group')} />
            </label>
            <label>
              <span>{t('filters.basis')}</span>
              <select value={f.basis[0] ?? ''} onChange={(e) => set('basis', e.target.value || undefined)}>
                <option value="">{t('filters.any')}</option>
                <TermOptions vocabulary={bases} />
              </select>
            </label>
            <label>
              <span>{t('filters.type')}</span>
              <select value={f.type[0] ?? ''} onChange={(e) => set('type', e.target.value || undefined)}>
                <option value="">{t('filters.any')}</option>
                <ViolationTypeOptions types={types} />
              </select>
            </label>
            <fieldset className="levels">
              <legend>{t('filters.level')}</legend>
              {[5, 4, 3, 2, 1].map((l) => (
                <label key={l} className="check">
                  <input type="checkbox" checked={f.level.includes(l)} onChange={() => set('level', toggleValue(f.level.map(String), String(l)))} />
                  <span className="swatch" style={{ background: levelColour(l) }} aria-hidden="true" />
                  {t('level.short', { level: l })} <span className="muted">({number(levelCount(l))})</span>
                </label>
              ))}
            </fieldset>
            <label>
              <span>{t('filters.verification')}</span>
              <select value={f.verification[0] ?? ''} onChange={(e) => set('verification', e.target.value || undefined)}>
                <option value="">{t('filters.any')}</option>
                <TermOptions vocabulary={verification} />
              </select>
            </label>
            <RecordFilter name="source" value={f.source[0]} records={sources.items} onChange={(v) => set('source', v)} fault={fault('source')} />
            {teams.items.length > 0 && <RecordFilter name="team" value={f.team[0]} records={teams.items} onChange={(v) => set('team', v)} fault={fault('team')} />}
            <DateFilterField name="from" value={params.get('from') ?? undefined} other={params.get('to') ?? undefined} onCommit={(v) => set('from', v)} fault={fault('from')} />
            <DateFilterField name="to" value={params.get('to') ?? undefined} other={params.get('from') ?? undefined} onCommit={(v) => set('to', v)} fault={fault('to')} />
          </div>
        </details>
        <div className="results">
          <div className="results-head">
            <p role="status" aria-live="polite" data-testid="result-count">
              {pages.error ? t('list.failed') : pages.total === null ? t('common.loading') : pages.totalIsLowerBound ? t('list.countAtLeast', { total: pages.total }) : t('list.count', { count: pages.total })}
            </p>
            <label className="inline">
              <span>{t('list.sort')}</span>
              <select value={sort} onChange={(e) => setParams(withFilter(params, 'sort' as keyof Filters, e.target.value))}>
                {sorts.map((s) => (
                  <option key={s} value={s} disabled={s === 'relevance' && !f.q}>
                    {t(`sort.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            {csv ? (
              <span className="csv-progress" role="status">
                {t('list.csvProgress', { done: number(csv.done), total: number(csv.total) })}{' '}
                <button type="button" className="link" onClick={() => csv.abort.abort()}>
                  {t('common.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="secondary" onClick={() => void downloadCsv()} disabled={!pages.total}>
                {t('list.csv')}
              </button>
            )}
            <MakeCaseButton filters={f} total={pages.total} />
          </div>
          <FilterChips filters={f} params={params} setParams={setParams} names={{ group: groupName, perpetrator: (id) => actors.byId.get(id)?.name ?? id, source: (id) => sources.byId.get(id)?.name ?? id, team: teams.name, type: (c) => label(types.byCode.get(c), c), country: (c) => label(countryVocab.byCode.get(c), c) }} />
          {faults.length ? <p className="error-note" role="alert">{faults.map((x) => t('list.filterFault', { filter: t(`filters.${x.name}` as MessageKey), message: faultMessage(x) })).join(' ')}</p> : <ErrorNote error={pages.error} />}
          <div ref={scroller} className="scroller" data-testid="incident-scroller">
            <ul className="rows" style={{ blockSize: virtual.getTotalSize() }} aria-label={t('list.title')}>
              {virtualItems.map((row) => {
                const item = pages.items[row.index];
                return (
                  <li key={row.key} className="row" style={{ transform: `translateY(${row.start}px)`, blockSize: rowHeight }} aria-setsize={pages.total ?? -1} aria-posinset={row.index + 1}>
                    {item ? (
                      <Link to={`/incidents/${item.id}`} className="row-link">
                        <LevelBadge level={item.pyramidLevel} />
                        <span className="row-main">
                          <span className="row-title">{item.title}</span>
                          <span className="row-meta">
                            {date(item.startDate, item.startPrecision)} · {[item.admin1, label(countryVocab.byCode.get(item.country), item.country)].filter(Boolean).join(', ')} ·{' '}
                            {item.targetedGroupIds.map(groupName).join(', ') || t('common.none')} · {item.violationTypes.map((c) => label(types.byCode.get(c), c)).join(', ')}
                            {item.teams?.length ? <span className="row-teams">{` · ${t('access.teamsOnly', { teams: item.teams.map(teams.name).sort((a, b) => a.localeCompare(b)).join(', ') })}`}</span> : null}
                          </span>
                        </span>
                        <span className={`status status-${item.verificationStatus}`}>{label(verification.byCode.get(item.verificationStatus), item.verificationStatus)}</span>
                      </Link>
                    ) : (
                      <span className="row-loading">{t('common.loading')}</span>
                    )}
                  </li>
                );
              })}
            </ul>
            {!pages.loading && pages.total === 0 && <p className="empty">{t('list.empty')}</p>}
          </div>
        </div>
      </div>
    </section>
  );
}

/** A list filter that picks one record by name (a source, a team): its id goes to the URL and the API. */
function RecordFilter({ name, value, records, onChange, fault }: { name: 'source' | 'team'; value: string | undefined; records: { id: string; name: string }[]; onChange: (id: string | undefined) => void; fault?: string }) {
  const { t } = useI18n();
  return (
    <label>
      <span>{t(`filters.${name}`)}</span>
      <select value={value ?? ''} aria-invalid={Boolean(fault)} aria-describedby={`fault-${name}`} onChange={(e) => onChange(e.target.value || undefined)} data-testid={`${name}-filter`}>
        <option value="">{t('filters.any')}</option>
        {records.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
      <FaultNote id={`fault-${name}`} message={fault} />
    </label>
  );
}
