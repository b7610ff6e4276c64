import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../access/can';
import { apiSend } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../app/Loading';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';
import { CalendarList } from './CalendarList';
import { caseStatuses, type CalendarEntry, type CaseFile, type CaseList } from './types';

/** Case files the reader may see, by status, with every due date of them, and a form to open one. */
export default function CaseListPage() {
  const { t, label, date, number } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const list = useApi<CaseList>(`/api/cases?limit=200${status ? `&status=${status}` : ''}`);
  const calendar = useApi<{ items: CalendarEntry[] }>('/api/cases/calendar');
  const countries = useTaxonomy('countries');
  const [title, setTitle] = useState('');
  const [country, setCountry] = useState('');
  const [error, setError] = useState<Error | undefined>();

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const made = await apiSend<CaseFile>('POST', '/api/cases', { title, country: country || undefined });
      navigate(`/cases/${made.id}`);
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <section className="page cases-page">
      <div className="page-head">
        <h1>{t('cases.title')}</h1>
      </div>
      <p className="hint">{t('cases.intro')}</p>
      <label className="inline">
        <span>{t('cases.status')}</span>
        <select value={status} onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}>
          <option value="">{t('cases.allStatuses')}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`cases.status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <ErrorNote error={list.error ?? calendar.error} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('cases.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="cases-table" data-testid="cases-table">
          <thead>
            <tr>
              <th>{t('cases.caseTitle')}</th>
              <th>{t('cases.status')}</th>
              <th>{t('cases.country')}</th>
              <th>{t('cases.incidents')}</th>
              <th>{t('cases.nextDue')}</th>
              <th>{t('cases.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cases/${c.id}`}>{c.title}</Link>
                </td>
                <td>{t(`cases.status.${c.status}` as MessageKey)}</td>
                <td>{label(countries.byCode.get(c.country), c.country)}</td>
                <td>{number(c.incidents)}</td>
                <td>{c.nextDue ? date(c.nextDue) : '—'}</td>
                <td>{date(c.updatedAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="card" aria-labelledby="cases-calendar-h">
        <h2 id="cases-calendar-h">{t('cases.calendar')}</h2>
        <p className="muted small">{t('cases.calendar.feed')}</p>
        {calendar.data && <CalendarList entries={calendar.data.items} testId="cases-calendar" />}
      </section>
      {can('cases.write') && (
        <form className="card case-new" onSubmit={create}>
          <h2>{t('cases.new')}</h2>
          <label>
            <span>{t('cases.caseTitle')}</span>
            <input required value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            <span>{t('cases.country')}</span>
            <select required value={country} onChange={(e) => setCountry(e.target.value)}>
              <option value="">—</option>
              {countries.terms.map((c) => (
                <option key={c.code} value={c.code}>
                  {label(c)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('cases.create')}</button>
          <p className="muted small">{t('cases.newHint')}</p>
          <ErrorNote error={error} />
        </form>
      )}
    </section>
  );
}
