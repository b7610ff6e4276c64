import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCan } from '../access/can';
import { apiSend, clearCache } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';

type Status = 'present' | 'partly' | 'absent' | 'unknown';
interface Assessment {
  id: string;
  status: Status;
  assessedOn: string;
  note: string;
  incidentIds: string[];
  assessedBy: string;
  suggestion: { id: string; reason: string } | null;
}
interface Scorecard {
  country: string;
  since: string | null;
  factors: {
    code: string;
    number: number;
    name: string;
    crimes: 'common' | 'genocide' | 'crimes-against-humanity' | 'war-crimes';
    status: Status;
    counts: Record<Status, number>;
    assessed: number;
    changedSince: number | null;
    indicators: { code: string; number: string; text: string; status: Status; current: Assessment | null; statusSince: Status | null }[];
  }[];
  changes: { indicator: string; from: Status; to: Status; assessedOn: string }[];
}
interface Suggestion {
  id: string;
  indicator: string;
  factor: number;
  status: 'present' | 'partly';
  reason: string;
  incidentIds: string[];
  currentStatus: Status;
}

const statuses: Status[] = ['present', 'partly', 'absent', 'unknown'];
const today = () => new Date().toISOString().slice(0, 10);

function Chip({ status }: { status: Status }) {
  const { t } = useI18n();
  return <span className={`fw-chip fw-${status}`}>{t(`framework.status.${status}` as MessageKey)}</span>;
}

/** The incidents behind an assessment or a suggestion, each a link (the first ten, then how many more). */
function Evidence({ ids }: { ids: string[] }) {
  const { t, number } = useI18n();
  if (ids.length === 0) return null;
  return (
    <span className="fw-evidence">
      {t('framework.incidents', { count: ids.length })}:{' '}
      {ids.slice(0, 10).map((id, n) => (
        <Link key={id} to={`/incidents/${id}`}>
          {t('framework.incident', { n: number(n + 1) })}{' '}
        </Link>
      ))}
      {ids.length > 10 && t('framework.more', { count: ids.length - 10 })}
    </span>
  );
}

/**
 * The UN Framework of Analysis scorecard of one country (issue 17 §3): each risk factor with its
 * status and indicator counts, the indicators with their current assessment and evidence, what
 * changed since a day, and the suggestions from recorded incidents — set only when a person
 * confirms one.
 */
export default function FrameworkPage() {
  const { country = '' } = useParams();
  const { t, number, label } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const countries = useTaxonomy('countries');
  // A link may open the page on a day to compare with (the watchlist's "worse since" links do).
  const [searchParams] = useSearchParams();
  const [since, setSince] = useState(() => (/^\d{4}-\d{2}-\d{2}$/.test(searchParams.get('since') ?? '') ? searchParams.get('since')! : ''));
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<Error | undefined>();
  const card = useApi<Scorecard>(country ? `/api/framework/${country}${since ? `?since=${since}` : ''}` : null, reload);
  const suggestions = useApi<{ items: Suggestion[] }>(country ? `/api/framework/${country}/suggestions` : null, reload);
  const writer = can('framework.write');

  const send = async (path: string, body: unknown) => {
    setError(undefined);
    try {
      await apiSend('POST', path, body);
      clearCache();
      setReload((n) => n + 1);
    } catch (err) {
      setError(err as Error);
    }
  };
  const assess = (indicator: string, status: Status) => send(`/api/framework/${country}/assessments`, { indicator, status, assessedOn: today() });
  const confirm = (s: Suggestion) => send(`/api/framework/${country}/suggestions/${encodeURIComponent(s.id)}/confirm`, { assessedOn: today() });

  return (
    <div className="framework-page">
      <h1 tabIndex={-1}>{t('framework.title')}</h1>
      <p className="hint">{t('framework.intro')}</p>
      <form className="framework-controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('framework.country')}
          <select value={country} onChange={(e) => navigate(`/framework/${e.target.value}`)}>
            <option value="">{t('framework.pickCountry')}</option>
            {countries.terms.map((c) => (
              <option key={c.code} value={c.code}>
                {label(c)}
              </option>
            ))}
          </select>
        </label>
        {country && (
          <label>
            {t('framework.since')}
            <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
          </label>
        )}
      </form>
      {error && <ErrorNote error={error} />}
      {card.error && <ErrorNote error={card.error} />}
      {country && !card.data && !card.error && <Loading />}

      {suggestions.data && suggestions.data.items.length > 0 && (
        <section aria-labelledby="fw-suggestions">
          <h2 id="fw-suggestions">{t('framework.suggestions')}</h2>
          <p className="hint">{t('framework.suggestionsHint')}</p>
          <ul className="fw-suggestions">
            {suggestions.data.items.map((s) => (
              <li key={s.id}>
                <strong>{s.indicator.replace('indicator-', '').replace('-', '.')}</strong> <Chip status={s.status} /> {s.reason}{' '}
                <span className="hint">
                  {t('framework.nowStatus')} <Chip status={s.currentStatus} />
                </span>{' '}
                <Evidence ids={s.incidentIds} />{' '}
                {writer && s.currentStatus !== s.status && (
                  <button type="button" onClick={() => confirm(s)}>
                    {t('framework.confirm')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {card.data && card.data.since && (
        <section aria-labelledby="fw-changes">
          <h2 id="fw-changes">{t('framework.changes', { since: card.data.since })}</h2>
          {card.data.changes.length === 0 ? (
            <p>{t('framework.noChanges')}</p>
          ) : (
            <ul>
              {card.data.changes.map((c) => (
                <li key={c.indicator}>
                  {c.indicator.replace('indicator-', '').replace('-', '.')}: <Chip status={c.from} /> → <Chip status={c.to} /> ({c.assessedOn})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {card.data &&
        card.data.factors.map((f) => (
          <section key={f.code} className="fw-factor" aria-labelledby={f.code}>
            <h2 id={f.code}>
              {f.number}. {f.name} <Chip status={f.status} />
            </h2>
            <p className="hint">
              {t(`framework.crimes.${f.crimes}` as MessageKey)} · {t('framework.counts', { present: number(f.counts.present), partly: number(f.counts.partly), absent: number(f.counts.absent), unknown: number(f.counts.unknown) })}
              {f.changedSince ? ` · ${t('framework.changed', { count: f.changedSince })}` : ''}
            </p>
            <ul className="fw-indicators">
              {f.indicators.map((i) => (
                <li key={i.code}>
                  <span className="fw-number">{i.number}</span> <Chip status={i.status} /> {i.text}
                  {i.current && (
                    <span className="hint">
                      {' '}
                      — {i.current.assessedOn}, {i.current.assessedBy}
                      {i.current.note && `: ${i.current.note}`}
                      {' '}
                      <Evidence ids={i.current.incidentIds} />
                    </span>
                  )}
                  {writer && (
                    <label className="fw-assess">
                      <span className="visually-hidden">{t('framework.assess', { number: i.number })}</span>
                      <select value="" onChange={(e) => e.target.value && assess(i.code, e.target.value as Status)}>
                        <option value="">{t('framework.assessShort')}</option>
                        {statuses.map((s) => (
                          <option key={s} value={s}>
                            {t(`framework.status.${s}` as MessageKey)}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
