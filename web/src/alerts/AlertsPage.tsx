import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../access/can';
import { apiSend, clearCache } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { AlertCard } from './AlertCard';
import type { Alert } from './explain';

const statuses = ['new', 'acknowledged', 'escalated', 'dismissed', 'withdrawn'] as const;
const rules = ['surge', 'climb', 'spread', 'severity', 'speech-lead'] as const;
const settable = ['new', 'acknowledged', 'escalated', 'dismissed'] as const;

/**
 * Early-warning alerts (issue 17 §1): newest month first, filtered by status, rule and months;
 * each with its explanation, a link to its incidents and, for those who triage, a status change.
 */
export default function AlertsPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<Error | undefined>();
  const [busy, setBusy] = useState(false);
  const [cursors, setCursors] = useState<string[]>([]);
  const filter = (key: string) => params.get(key) ?? '';
  const query = new URLSearchParams();
  for (const key of ['status', 'rule', 'country', 'admin1', 'from', 'to']) if (filter(key)) query.set(key, filter(key));
  query.set('limit', '50');
  const cursor = cursors[cursors.length - 1];
  if (cursor) query.set('cursor', cursor);
  const list = useApi<{ items: Alert[]; nextCursor: string | null }>(`/api/alerts?${query}`, reload);
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setCursors([]);
    setParams(next);
  };
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
  const scan = () =>
    act(async () => {
      const r = await apiSend<{ raised: number; withdrawn: number }>('POST', '/api/alerts/scan', {});
      setNotice(t('alerts.scanned', { raised: r.raised, withdrawn: r.withdrawn }));
    }, '');

  return (
    <div className="alerts-page">
      <h1 tabIndex={-1}>{t('alerts.title')}</h1>
      <p className="hint">{t('alerts.intro')}</p>
      <div className="toolbar">
        <label>
          {t('alerts.filter.status')}{' '}
          <select value={filter('status')} onChange={(e) => setFilter('status', e.target.value)} data-testid="alerts-status">
            <option value="">{t('alerts.any')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`alerts.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('alerts.filter.rule')}{' '}
          <select value={filter('rule')} onChange={(e) => setFilter('rule', e.target.value)} data-testid="alerts-rule">
            <option value="">{t('alerts.any')}</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {t(`alerts.rule.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('alerts.filter.from')} <input type="month" value={filter('from')} onChange={(e) => setFilter('from', e.target.value)} />
        </label>
        <label>
          {t('alerts.filter.to')} <input type="month" value={filter('to')} onChange={(e) => setFilter('to', e.target.value)} />
        </label>
        {can('alert.scan') && (
          <button type="button" onClick={scan} disabled={busy}>
            {t('alerts.scan')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {error && <ErrorNote error={error} />}
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorNote error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('alerts.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ol className="alerts-list" aria-label={t('alerts.listLabel')}>
          {list.data.items.map((a) => (
            <li key={a.id}>
              <AlertCard alert={a} full>
                {can('alert.triage') && a.status !== 'withdrawn' && <StatusForm key={`${a.id}/${a.status}`} alert={a} busy={busy} act={act} />}
              </AlertCard>
            </li>
          ))}
        </ol>
      )}
      <div className="pager">
        {cursors.length > 0 && (
          <button type="button" className="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('alerts.newer')}
          </button>
        )}
        {list.data?.nextCursor && (
          <button type="button" className="secondary" onClick={() => setCursors([...cursors, list.data!.nextCursor!])}>
            {t('alerts.older')}
          </button>
        )}
      </div>
    </div>
  );
}

function StatusForm({ alert, busy, act }: { alert: Alert; busy: boolean; act: (work: () => Promise<unknown>, done: string) => Promise<void> }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<(typeof settable)[number]>(alert.status === 'withdrawn' ? 'new' : alert.status);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(() => apiSend('PATCH', `/api/alerts/${alert.id}`, { status, reason: reason.trim() || null }), t('alerts.statusChanged', { status: t(`alerts.status.${status}`) }));
  };
  return (
    <form className="alert-status" onSubmit={submit}>
      <label>
        {t('alerts.setStatus')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as (typeof settable)[number])}>
          {settable.map((s) => (
            <option key={s} value={s}>
              {t(`alerts.status.${s}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('alerts.reasonLabel')} <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} required={status === 'dismissed'} />
      </label>{' '}
      <button type="submit" disabled={busy || status === alert.status || (status === 'dismissed' && !reason.trim())}>
        {t('alerts.save')}
      </button>
    </form>
  );
}
