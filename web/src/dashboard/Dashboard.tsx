import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Stats } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../app/Loading';
import { filterQuery, parseFilters, toggleValue, withFilter, type Filters } from '../filters/filters';
import { DateFilterField } from '../filters/DateFilterField';
import { FilterChips } from '../filters/FilterChips';
import { useI18n } from '../i18n/i18n';
import { PyramidView } from '../pyramid/PyramidView';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { buildTimeline } from './timeline';
import { DataEndNote } from './DataEndNote';
import { Timeline } from './Timeline';
import { TimelineTable } from './TimelineTable';
import { usePyramidPeriods } from './usePyramidPeriods';
import { TopList, type TopItem } from './TopList';
import { DashboardAlerts } from '../alerts/DashboardAlerts';
import type { Alert } from '../alerts/explain';
import { alertsByMonth, alertsByRegion } from '../alerts/marks';
import { DashboardWatchlist } from '../watchlist/DashboardWatchlist';
import { useCan } from '../access/can';

const IncidentMap = lazy(() => import('../map/IncidentMap'));

const today = () => new Date().toISOString().slice(0, 10);
const statsUrl = (f: Filters, by: string, omit: (keyof Filters)[] = []) => `/api/stats${filterQuery(f, omit, { by })}`;
const noCells: Stats = { by: [], cells: [], totals: { incidents: 0, killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 } };
const sum = (xs: number[] | undefined) => (xs ?? []).reduce((a, b) => a + b, 0);

/** The pattern of hate at a glance, for one country (and optionally a region, group, period). */
export function Dashboard() {
  const { t, label, date, number } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const f = useMemo(() => parseFilters(params), [params]);
  const ready = f.country.length > 0;
  const country = f.country[0] ?? '';
  const q = (url: string, when = true) => (ready && when ? url : null);
  // First what "fully drawn" needs — map, timeline, pyramid — since the embedded database answers one query at a time.
  const timeline = useApi<Stats>(q(statsUrl(f, 'month,level', ['from', 'to'])));
  const places = useRegistry('places', f.country.length === 1 ? country : undefined);
  // Counting by place is the costly count; it is skipped where no place has coordinates to draw.
  const located = places.items.some((p) => p.latitude !== null && p.longitude !== null);
  const placeUrl = statsUrl(f, 'place,level');
  const byPlaceQuery = useApi<Stats>(q(placeUrl, places.loaded && located));
  const byPlace = places.loaded && !located ? { data: noCells, error: undefined } : byPlaceQuery;
  const byRegion = useApi<Stats>(q(statsUrl(f, 'country,admin1,level')));
  // Set once the first view is drawn; the rest waits for it, so the browser and the server draw that first.
  const [drawnOnce, setDrawnOnce] = useState(false);
  const core = drawnOnce;
  const { extent, period, levelsNow, levelsBefore, error: pyramidError } = usePyramidPeriods(f, ready, today());
  // Then the top lists (each leaves out its own filter, so the alternatives stay visible) and the facets.
  const byGroup = useApi<Stats>(q(statsUrl(f, 'group', ['group']), core));
  const byType = useApi<Stats>(q(statsUrl(f, 'type', ['type']), core));
  const byPerpetrator = useApi<Stats>(q(statsUrl(f, 'perpetrator', ['perpetrator']), core));
  const regions = useApi<Stats>(q(statsUrl(f, 'admin1', ['admin1']), core && f.admin1.length > 0));
  const countries = useApi<Stats>(!ready || core ? '/api/stats?by=country' : null);
  // Open alerts, marked on the timeline (per month) and the map (per region), after the first view is drawn.
  const navigate = useNavigate();
  const alertsQuery = new URLSearchParams({ country, limit: '200' });
  if (f.admin1[0]) alertsQuery.set('admin1', f.admin1[0]);
  const alerts = useApi<{ items: Alert[] }>(q(`/api/alerts?${alertsQuery}`, core && can('alert.read')));
  const alertMonths = useMemo(() => alertsByMonth(alerts.data?.items ?? []), [alerts.data]);
  const alertRegions = useMemo(() => alertsByRegion(alerts.data?.items ?? []), [alerts.data]);
  const openAlerts = useCallback(
    (filter: { month?: string; admin1?: string }) => {
      const to = new URLSearchParams({ country });
      const admin1 = filter.admin1 ?? f.admin1[0];
      if (admin1) to.set('admin1', admin1);
      if (filter.month) {
        to.set('from', filter.month);
        to.set('to', filter.month);
      }
      void navigate(`/alerts?${to}`);
    },
    [country, f.admin1, navigate],
  );
  const countryVocab = useTaxonomy('countries');
  const levelsVocab = useTaxonomy('pyramid-levels');
  const types = useTaxonomy('violation-types');
  const groups = useRegistry('groups');
  const actors = useRegistry('actors');

  // A dashboard is for a chosen country: without one, open the country with the most incidents.
  useEffect(() => {
    if (f.country.length || !countries.data) return;
    const top = [...countries.data.cells].sort((a, b) => b.incidents - a.incidents)[0]?.country;
    if (top) setParams(withFilter(params, 'country', top), { replace: true });
  }, [f.country.length, countries.data, params, setParams]);

  const set = useCallback((name: keyof Filters, value: string | readonly (string | number)[] | undefined) => setParams(withFilter(params, name, value)), [params, setParams]);
  const setPeriod = useCallback(
    (from: string | undefined, to: string | undefined) => {
      let next = withFilter(params, 'from', from);
      next = withFilter(next, 'to', to);
      setParams(next);
    },
    [params, setParams],
  );

  const series = useMemo(() => buildTimeline(timeline.data?.cells ?? [], today().slice(0, 7), extent?.last), [timeline.data, extent]);
  const top = (s: Stats | undefined, dim: 'group' | 'type' | 'perpetrator', name: (key: string) => string): TopItem[] =>
    (s?.cells ?? [])
      .filter((c) => c[dim])
      .sort((a, b) => b.incidents - a.incidents)
      .slice(0, 8)
      .map((c) => ({ key: String(c[dim]), name: name(String(c[dim])), count: c.incidents }));
  const groupName = (id: string) => groups.byId.get(id)?.name ?? t('common.unknownRecord');
  const topGroups = top(byGroup.data, 'group', groupName);
  const topTypes = top(byType.data, 'type', (code) => label(types.byCode.get(code), code));
  const topPerpetrators = top(byPerpetrator.data, 'perpetrator', (id) => actors.byId.get(id)?.name ?? t('common.unknownRecord'));

  const [mapDrawnFor, setMapDrawnFor] = useState<string | null>(null);
  const onMapDrawn = useCallback(() => setMapDrawnFor(placeUrl), [placeUrl]);
  const drawn = ready && mapDrawnFor === placeUrl && Boolean(timeline.data && levelsNow && levelsBefore);
  useEffect(() => {
    if (drawn) setDrawnOnce(true);
    // Should the map never report (no WebGL), the rest still loads.
    const timer = setTimeout(() => setDrawnOnce(true), 4000);
    return () => clearTimeout(timer);
  }, [drawn]);

  const countryOptions = (countries.data?.cells ?? []).filter((c) => c.country).sort((a, b) => b.incidents - a.incidents);
  const countryName = (code: string) => label(countryVocab.byCode.get(code), code);
  const regionCells = f.admin1.length ? (regions.data?.cells ?? []) : (byRegion.data?.cells ?? []);
  const regionCounts = new Map<string, number>();
  for (const c of regionCells) if (c.admin1) regionCounts.set(c.admin1, (regionCounts.get(c.admin1) ?? 0) + c.incidents);
  for (const a of f.admin1) if (!regionCounts.has(a)) regionCounts.set(a, 0);
  const regionOptions = [...regionCounts].sort((a, b) => a[0].localeCompare(b[0]));
  const error = [timeline, byGroup, byType, byPerpetrator, byPlace, byRegion, countries].find((r) => r.error)?.error ?? pyramidError;
  const listLink = `/incidents${filterQuery(f)}`;

  if (!ready && countries.data && countries.data.cells.length === 0)
    return (
      <section className="page">
        <h1>{t('dashboard.title')}</h1>
        <p>{t('dashboard.empty')}</p>
        <Link className="button" to="/incidents/new">
          {t('nav.new')}
        </Link>
      </section>
    );

  return (
    <section className="page dashboard" data-drawn={drawn ? 'true' : 'false'} data-testid="dashboard">
      <div className="page-head">
        <h1>{ready ? t('dashboard.titleFor', { country: countryName(country) }) : t('dashboard.title')}</h1>
        <Link className="button secondary" to={listLink}>
          {t('dashboard.openList', { count: byRegion.data?.totals.incidents ?? 0 })}
        </Link>
      </div>
      <form className="filterbar" onSubmit={(e) => e.preventDefault()} aria-label={t('filters.label')}>
        <label>
          <span>{t('filters.country')}</span>
          <select value={country} onChange={(e) => setParams(withFilter(withFilter(params, 'admin1', undefined), 'country', e.target.value))}>
            {!countryOptions.length && <option value={country}>{ready ? countryName(country) : t('common.loading')}</option>}
            {countryOptions.map((c) => (
              <option key={c.country} value={c.country}>
                {countryName(c.country!)} ({number(c.incidents)})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('filters.region')}</span>
          <select value={f.admin1[0] ?? ''} onChange={(e) => set('admin1', e.target.value || undefined)}>
            <option value="">{t('filters.allRegions')}</option>
            {regionOptions.map(([name, n]) => (
              <option key={name} value={name}>
                {name} ({number(n)})
              </option>
            ))}
          </select>
        </label>
        <DateFilterField name="from" value={params.get('from') ?? undefined} other={params.get('to') ?? undefined} onCommit={(v) => set('from', v)} />
        <DateFilterField name="to" value={params.get('to') ?? undefined} other={params.get('from') ?? undefined} onCommit={(v) => set('to', v)} />
        <FilterChips filters={f} params={params} setParams={setParams} hide={['country', 'admin1', 'from', 'to']} names={{ group: groupName, perpetrator: (id) => actors.byId.get(id)?.name ?? id, type: (c) => label(types.byCode.get(c), c) }} />
      </form>
      <ErrorNote error={error} />
      <div className="dash-grid">
        <section className="card map-card" aria-labelledby="map-h">
          <h2 id="map-h">{t('dashboard.map')}</h2>
          <Suspense fallback={<div className="map placeholder">{t('common.loading')}</div>}>
            {ready ? (
              <IncidentMap
                countries={f.country}
                byPlace={byPlace.data?.cells}
                byRegion={byRegion.data?.cells}
                places={places.loaded ? places.byId : undefined}
                selectedRegion={f.admin1[0] ?? null}
                onSelectRegion={(admin1) => set('admin1', f.admin1[0] === admin1 ? undefined : admin1)}
                onDrawn={onMapDrawn}
                alertRegions={alertRegions}
                onOpenAlerts={(admin1) => openAlerts({ admin1 })}
              />
            ) : (
              <div className="map placeholder">{t('common.loading')}</div>
            )}
          </Suspense>
          <Legend />
        </section>
        <section className="card pyramid-card" aria-labelledby="pyramid-h">
          <h2 id="pyramid-h">{t('dashboard.pyramid')}</h2>
          {period && (
            <p className="muted small" data-testid="period-compare">
              {t('dashboard.periodCompare', { from: date(period.from), to: date(period.to), prevFrom: date(period.prevFrom), prevTo: date(period.prevTo) })}
            </p>
          )}
          <DataEndNote extent={extent} period={period} />
          <PyramidView current={levelsNow ?? [0, 0, 0, 0, 0]} previous={levelsBefore} levels={levelsVocab} selected={f.level} onToggle={(l) => set('level', toggleValue(f.level.map(String), String(l)))} />
          <p className="muted small">
            {t('dashboard.periodTotal', { count: sum(levelsNow), before: number(sum(levelsBefore)) })}
          </p>
        </section>
        <section className="card timeline-card" aria-labelledby="timeline-h">
          <div className="card-head">
            <h2 id="timeline-h">{t('dashboard.timeline')}</h2>
            <label className="inline">
              <span>{t('dashboard.showGroup')}</span>
              <select value={f.group[0] ?? ''} onChange={(e) => set('group', e.target.value || undefined)} data-testid="group-switch">
                <option value="">{t('dashboard.allGroups')}</option>
                {(byGroup.data?.cells ?? [])
                  .filter((c) => c.group)
                  .sort((a, b) => b.incidents - a.incidents)
                  .map((c) => (
                    <option key={c.group!} value={c.group!}>
                      {groupName(c.group!)}
                    </option>
                  ))}
              </select>
            </label>
            {(f.from || f.to) && (
              <button type="button" className="link" onClick={() => setPeriod(undefined, undefined)}>
                {t('dashboard.clearPeriod')}
              </button>
            )}
          </div>
          {timeline.data ? (
            <>
              <Timeline series={series} from={f.from} to={f.to} onPeriod={setPeriod} fallback={period && [period.from, period.to]} dataEnd={extent?.last} alerts={alertMonths} onOpenAlerts={(month) => openAlerts({ month })} />
              <TimelineTable series={series} />
            </>
          ) : (
            <div className="timeline placeholder">{t('common.loading')}</div>
          )}
        </section>
        {ready && core && can('alert.read') && <DashboardAlerts country={country} admin1={f.admin1[0]} />}
        {ready && core && can('watchlist.read') && <DashboardWatchlist country={country} />}
        <TopList testId="top-groups" title={t('dashboard.topGroups')} items={topGroups} selected={f.group} onPick={(k) => set('group', f.group.includes(k) ? undefined : k)} />
        <TopList testId="top-types" title={t('dashboard.topTypes')} items={topTypes} selected={f.type} onPick={(k) => set('type', toggleValue(f.type, k))} />
        <TopList testId="top-perpetrators" title={t('dashboard.topPerpetrators')} items={topPerpetrators} selected={f.perpetrator} onPick={(k) => set('perpetrator', toggleValue(f.perpetrator, k))} />
      </div>
    </section>
  );
}

function Legend() {
  const { t, label } = useI18n();
  const levels = useTaxonomy('pyramid-levels');
  return (
    <ul className="legend" aria-label={t('dashboard.legend')}>
      {[1, 2, 3, 4, 5].map((l) => (
        <li key={l}>
          <span className={`swatch level-${l}`} aria-hidden="true" />
          {l} · {label(levels.byCode.get(String(l)), '')}
        </li>
      ))}
    </ul>
  );
}
