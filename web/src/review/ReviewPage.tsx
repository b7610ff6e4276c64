import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useCan } from '../access/can';
import { apiGet, apiSend, clearCache, toQuery } from '../api/client';
import type { IncidentSummary } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { TermOptions } from '../vocab/TermOptions';
import { useTaxonomy } from '../vocab/vocab';
import { RejectedRows } from './RejectedRows';

interface Summary {
  notYetVerified: number;
  unverifiable: number;
  assignedToMe: number;
  openDuplicates: number;
  openDuplicatesIsLowerBound: boolean;
  rejectedRows: number | null;
}
interface Assignment {
  incident: IncidentSummary;
  assignee: string;
  assignedBy: string;
  assignedAt: string;
  note: string;
}

/**
 * The review queue (issue 16 §4): what needs attention, one's own list, and the bulk change of
 * verification status for a selection (country, region, period, current status), shown with
 * its count before anything is written.
 */
export default function ReviewPage() {
  const { t, number, label } = useI18n();
  const can = useCan();
  const [reload, setReload] = useState(0);
  const summary = useApi<Summary>('/api/review', reload);
  const mine = useApi<{ items: Assignment[] }>('/api/review/assignments?assignee=me&limit=50', reload);
  const statuses = useTaxonomy('verification-statuses');
  const countries = useTaxonomy('countries');
  const [filter, setFilter] = useState({ country: '', admin1: '', from: '', to: '', verification: 'not-yet-verified' });
  const [status, setStatus] = useState('verified');
  const [matched, setMatched] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<Error | undefined>();

  const filterBody = () => Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '').map(([k, v]) => [k, k === 'verification' || k === 'country' || k === 'admin1' ? [v] : v]));
  const countSelection = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setNotice('');
    try {
      const page = await apiGet<{ total: number }>(`/api/incidents${toQuery({ ...filterBody(), limit: 1 } as never)}`);
      setMatched(page.total);
    } catch (err) {
      setError(err as Error);
    }
  };
  const apply = async () => {
    setError(undefined);
    try {
      const r = await apiSend<{ changed: number }>('POST', '/api/review/verification', { filter: filterBody(), status, expected: matched });
      clearCache();
      setNotice(t('review.applied', { count: number(r.changed) }));
      setMatched(null);
      setReload((n) => n + 1);
    } catch (err) {
      setError(err as Error);
    }
  };
  const set = (key: keyof typeof filter) => (value: string) => {
    setFilter((f) => ({ ...f, [key]: value }));
    setMatched(null);
  };

  return (
    <div className="review-page">
      <h1 tabIndex={-1}>{t('review.title')}</h1>
      {summary.error && <ErrorNote error={summary.error} />}
      {!summary.data && !summary.error && <Loading />}
      {summary.data && (
        <ul className="review-cards">
          <li>
            <Link to="/incidents?verification=not-yet-verified">{t('review.notYetVerified', { count: number(summary.data.notYetVerified) })}</Link>
          </li>
          <li>
            <Link to="/incidents?verification=unverifiable">{t('review.unverifiable', { count: number(summary.data.unverifiable) })}</Link>
          </li>
          <li>
            <Link to="/duplicates">{t('review.duplicates', { count: `${number(summary.data.openDuplicates)}${summary.data.openDuplicatesIsLowerBound ? '+' : ''}` })}</Link>
          </li>
          <li>{t('review.assignedToMe', { count: number(summary.data.assignedToMe) })}</li>
          {summary.data.rejectedRows !== null && (
            <li>
              <a href="#rejected-rows">{t('review.rejectedCount', { count: summary.data.rejectedRows })}</a>
            </li>
          )}
        </ul>
      )}

      <h2>{t('review.mine')}</h2>
      {mine.data && mine.data.items.length === 0 && <p>{t('review.mineNone')}</p>}
      {mine.data && mine.data.items.length > 0 && (
        <ul>
          {mine.data.items.map((a) => (
            <li key={a.incident.id}>
              <Link to={`/incidents/${a.incident.id}`}>{a.incident.title}</Link> — {a.incident.startDate}
              {a.note && <> · {a.note}</>}
            </li>
          ))}
        </ul>
      )}

      {can('incident.edit') && (
        <>
          <h2>{t('review.bulk')}</h2>
          <form className="review-bulk" onSubmit={countSelection}>
            <label>
              {t('review.country')}
              <select value={filter.country} onChange={(e) => set('country')(e.target.value)}>
                <option value="">{t('review.any')}</option>
                {countries.terms.map((c) => (
                  <option key={c.code} value={c.code}>
                    {label(c)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('review.region')}
              <input value={filter.admin1} onChange={(e) => set('admin1')(e.target.value)} />
            </label>
            <label>
              {t('review.from')}
              <input value={filter.from} onChange={(e) => set('from')(e.target.value)} placeholder="2024-01" />
            </label>
            <label>
              {t('review.to')}
              <input value={filter.to} onChange={(e) => set('to')(e.target.value)} placeholder="2024-12" />
            </label>
            <label>
              {t('review.currentStatus')}
              <select value={filter.verification} onChange={(e) => set('verification')(e.target.value)}>
                <TermOptions vocabulary={statuses} />
              </select>
            </label>
            <button type="submit">{t('review.count')}</button>
          </form>
          {matched !== null && (
            <div className="review-apply">
              <label>
                {t('review.newStatus')}
                <select value={status} onChange={(e) => setStatus(e.target.value)}>
                  <TermOptions vocabulary={statuses} />
                </select>
              </label>
              <button type="button" onClick={apply} disabled={matched === 0}>
                {t('review.apply', { count: number(matched) })}
              </button>
            </div>
          )}
        </>
      )}
      {can('imports.read') && (
        <>
          <h2 id="rejected-rows">{t('review.rejected')}</h2>
          <RejectedRows reload={reload} />
        </>
      )}
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {error && <ErrorNote error={error} />}
    </div>
  );
}
