import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../access/can';
import { apiSend, clearCache } from '../api/client';
import type { Incident, IncidentSummary } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { useRegistry, useTaxonomy } from '../vocab/vocab';

interface Pair {
  a: IncidentSummary;
  b: IncidentSummary;
  score: number;
  features: Record<string, number>;
  status: 'new' | 'dismissed' | 'merged';
  reason: string | null;
}

const statuses = ['new', 'dismissed', 'merged'] as const;
const features = ['date', 'sameDay', 'place', 'group', 'types', 'level', 'victims', 'text'] as const;

/**
 * Likely duplicates (issue 16 §3): pairs of incidents a scan proposed as one event, best first;
 * the chosen pair side by side, with the features behind its score, to merge (into either)
 * or dismiss with a reason; a merged pair can be undone.
 */
export default function DuplicatesPage() {
  const { t, number } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const status = (statuses as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Pair['status']) : 'new';
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const [notice, setNotice] = useState('');
  const list = useApi<{ items: Pair[] }>(`/api/duplicates?status=${status}&limit=100`, reload);
  const chosenKey = params.get('pair');
  const chosen = list.data?.items.find((p) => `${p.a.id}/${p.b.id}` === chosenKey) ?? list.data?.items[0];

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      clearCache();
      setNotice(done);
      setReload((r) => r + 1);
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };
  const scan = () => act(() => apiSend('POST', '/api/duplicates/scan', {}), t('duplicates.scanned'));

  return (
    <div className="duplicates-page">
      <h1 tabIndex={-1}>{t('duplicates.title')}</h1>
      <p className="hint">{t('duplicates.intro')}</p>
      <div className="toolbar">
        <label>
          {t('duplicates.status')}{' '}
          <select value={status} onChange={(e) => setParams({ status: e.target.value })}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`duplicates.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {can('incident.merge') && (
          <button type="button" onClick={scan} disabled={busy}>
            {t('duplicates.scan')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {error && <ErrorNote error={error} />}
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorNote error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('duplicates.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="duplicates-layout">
          <ul className="duplicates-list" aria-label={t('duplicates.listLabel')}>
            {list.data.items.map((p) => {
              const key = `${p.a.id}/${p.b.id}`;
              const current = chosen && key === `${chosen.a.id}/${chosen.b.id}`;
              return (
                <li key={key}>
                  <button type="button" aria-current={current ? 'true' : undefined} onClick={() => setParams({ status, pair: key })}>
                    <span className="score">{number(Math.round(p.score * 100))}%</span> {p.a.title} · {p.b.title}
                  </button>
                </li>
              );
            })}
          </ul>
          {chosen && <PairView key={`${chosen.a.id}/${chosen.b.id}/${reload}`} pair={chosen} busy={busy} act={act} />}
        </div>
      )}
    </div>
  );
}

function PairView({ pair, busy, act }: { pair: Pair; busy: boolean; act: (work: () => Promise<unknown>, done: string) => Promise<void> }) {
  const { t, label, number } = useI18n();
  const can = useCan();
  const a = useApi<Incident>(`/api/incidents/${pair.a.id}`);
  const b = useApi<Incident>(`/api/incidents/${pair.b.id}`);
  const [reason, setReason] = useState('');
  const types = useTaxonomy('violation-types');
  const countries = useTaxonomy('countries');
  const groups = useRegistry('groups');
  const sources = useRegistry('sources');
  const url = `/api/duplicates/${pair.a.id}/${pair.b.id}`;
  if (a.error || b.error) return <ErrorNote error={(a.error ?? b.error)!} />;
  if (!a.data || !b.data) return <Loading />;
  const sides = [a.data, b.data];
  const rows: [string, (i: Incident) => string][] = [
    ['duplicates.field.date', (i) => (i.endDate ? `${i.startDate} – ${i.endDate}` : i.startDate)],
    ['duplicates.field.place', (i) => [i.place?.name, i.admin1, label(countries.byCode.get(i.country), i.country)].filter(Boolean).join(', ')],
    ['duplicates.field.level', (i) => String(i.pyramidLevel)],
    ['duplicates.field.types', (i) => [...new Set(i.acts.map((x) => label(types.byCode.get(x.violationType), x.violationType)))].join(', ')],
    ['duplicates.field.groups', (i) => [...new Set(i.acts.flatMap((x) => (x.groupId ? [groups.byId.get(x.groupId)?.name ?? x.groupId] : [])))].join(', ')],
    ['duplicates.field.killed', (i) => number(i.victims.killed)],
    ['duplicates.field.sources', (i) => i.sources.map((s) => sources.byId.get(s.sourceId)?.name ?? s.sourceId).join(', ')],
    ['duplicates.field.narrative', (i) => i.narrative.slice(0, 600)],
  ];
  const dismiss = (e: FormEvent) => {
    e.preventDefault();
    void act(() => apiSend('POST', `${url}/dismiss`, { reason }), t('duplicates.dismissed'));
  };
  return (
    <section className="pair" aria-label={t('duplicates.pairLabel')}>
      <table className="pair-table">
        <thead>
          <tr>
            <th scope="col">{t('duplicates.field')}</th>
            {sides.map((i) => (
              <th key={i.id} scope="col">
                <Link to={`/incidents/${i.id}`}>{i.title}</Link>
                {i.deletedAt && <span className="badge"> {t('duplicates.deleted')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{t(key as never)}</th>
              {sides.map((i) => (
                <td key={i.id} className={key === 'duplicates.field.narrative' ? 'narrative' : undefined}>
                  {value(i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('duplicates.why', { score: number(Math.round(pair.score * 100)) })}</h2>
      <ul className="features">
        {features.map((f) => (
          <li key={f}>
            <span>{t(`duplicates.feature.${f}`)}</span> <meter min={0} max={1} value={pair.features[f] ?? 0} aria-label={t(`duplicates.feature.${f}`)} /> {number(Math.round((pair.features[f] ?? 0) * 100))}%
          </li>
        ))}
      </ul>
      {pair.status === 'new' && can('incident.merge') && (
        <div className="pair-actions">
          {sides.map((keep) => (
            <button key={keep.id} type="button" disabled={busy} onClick={() => act(() => apiSend('POST', `${url}/merge`, { keep: keep.id }), t('duplicates.merged'))}>
              {t('duplicates.mergeInto', { title: keep.title })}
            </button>
          ))}
          <form onSubmit={dismiss}>
            <label>
              {t('duplicates.reason')} <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} />
            </label>
            <button type="submit" disabled={busy || !reason.trim()}>
              {t('duplicates.dismiss')}
            </button>
          </form>
        </div>
      )}
      {pair.status === 'merged' && can('incident.merge') && (
        <button type="button" disabled={busy} onClick={() => act(() => apiSend('POST', `${url}/unmerge`), t('duplicates.unmerged'))}>
          {t('duplicates.undo')}
        </button>
      )}
      {pair.status === 'dismissed' && pair.reason && <p>{t('duplicates.dismissedBecause', { reason: pair.reason })}</p>}
    </section>
  );
}
