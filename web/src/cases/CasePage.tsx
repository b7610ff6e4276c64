import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCan } from '../access/can';
import { apiSend } from '../api/client';
import type { IncidentPage, Stats } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { buildTimeline } from '../dashboard/timeline';
import { Timeline } from '../dashboard/Timeline';
import { DateFilterField } from '../filters/DateFilterField';
import { FilterChips } from '../filters/FilterChips';
import { filterParams, parseFilters, toggleValue, withFilter, type Filters } from '../filters/filters';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { LevelBadge } from '../incidents/LevelBadge';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { CalendarList } from './CalendarList';
import { CaseDocuments } from './CaseDocuments';
import { CaseEvidence } from './CaseEvidence';
import { CaseHistory } from './CaseHistory';
import type { CaseWrite } from './CaseItemForm';
import { Forums } from './Forums';
import { OutcomeForm, ProcedureForm, RemedyForm, TaskForm, VictimForm } from './itemForms';
import { RequestedMeasures } from './RequestedMeasures';
import { caseStatuses, measureStatuses, today, type CalendarEntry, type CaseFile, type CaseOutcome } from './types';

/** The incident filter takes at most this many ids in one request: a larger case shows its first ones. */
const idsPerRequest = 200;

/**
 * A case file (issue 18 §2, §4, §5): its incidents with the incident list's filters and their
 * pattern by month and pyramid level, the provisions engaged (and those the incidents suggest),
 * victims, evidence, domestic remedies, other procedures, the measures requested, the forums, the
 * submission to download, what the bodies did (with the measures ordered, tracked), tasks, its due
 * dates, its chronology, and the history of its changes (its audit trail, through the door). Every
 * change goes through the API and is audited there; a form shows the API's problems under its
 * fields, any other failed change shows above the sections.
 */
export default function CasePage() {
  const { id = '' } = useParams();
  const { t, label, date, number } = useI18n();
  const can = useCan();
  const writer = can('cases.write');
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<Error | undefined>();
  const loaded = useApi<CaseFile>(`/api/cases/${id}`, reload);
  const c = loaded.data;
  const countries = useTaxonomy('countries');
  const levels = useTaxonomy('confidentiality-levels');

  const write: CaseWrite = async (method, path, body) => {
    setError(undefined);
    await apiSend(method, `/api/cases/${id}${path}`, body);
    setReload((n) => n + 1);
  };
  const send: CaseWrite = async (method, path, body) => {
    try {
      await write(method, path, body);
    } catch (err) {
      setError(err as Error);
    }
  };
  const patch = (fields: Record<string, unknown>) => send('PATCH', '', { version: c!.version, ...fields });

  if (loaded.error) return <ErrorNote error={loaded.error} />;
  if (!c) return <Loading />;
  const dueDates: CalendarEntry[] = [
    ...c.tasks.filter((x) => x.due).map((x) => ({ date: x.due!, kind: 'task' as const, title: x.title, caseId: c.id, caseTitle: c.title, ref: x.id, done: x.done })),
    ...c.outcomes.filter((o) => o.due).map((o) => ({ date: o.due!, kind: 'outcome-due' as const, title: `${o.mechanism}: ${t(`cases.outcome.${o.kind}` as MessageKey)}`, caseId: c.id, caseTitle: c.title, ref: o.id, done: false })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <section className="page case-page" data-testid="case-page">
      <div className="page-head">
        <h1>{c.title}</h1>
        <Link to="/cases">{t('cases.title')}</Link>
      </div>
      <p className="case-meta">
        {label(countries.byCode.get(c.country), c.country)} · {t('cases.owner')}: {c.ownerId ?? '—'} · {label(levels.byCode.get(c.confidentiality), c.confidentiality)} · {t('cases.version', { version: number(c.version) })}
      </p>
      <label className="inline">
        <span>{t('cases.status')}</span>
        <select value={c.status} disabled={!writer} onChange={(e) => patch({ status: e.target.value })} data-testid="case-status">
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`cases.status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {c.summary && <p className="case-summary">{c.summary}</p>}
      <p>
        {t('cases.targets')}: {c.targetMechanisms.join(', ') || '—'}
      </p>
      <ErrorNote error={error} />

      <CaseIncidents caseFile={c} writer={writer} onRemove={(incidentId) => send('DELETE', `/incidents/${incidentId}`)} />

      <section className="card" aria-labelledby="case-provisions-h">
        <h2 id="case-provisions-h">{t('cases.provisions')}</h2>
        <ul data-testid="case-provisions">
          {c.provisions.map((p) => (
            <li key={p}>
              {p}{' '}
              {writer && (
                <button type="button" className="link" onClick={() => patch({ provisions: c.provisions.filter((x) => x !== p) })}>
                  {t('cases.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {c.suggestedProvisions.some((s) => !s.engaged) && (
          <>
            <h3>{t('cases.suggested')}</h3>
            <p className="muted small">{t('cases.suggestedHint')}</p>
            <ul data-testid="suggested-provisions">
              {c.suggestedProvisions
                .filter((s) => !s.engaged)
                .slice(0, 12)
                .map((s) => (
                  <li key={s.provision}>
                    {s.provision} <span className="muted">({t('cases.suggestedBy', { count: s.incidents, types: s.violationTypes.join(', ') })})</span>{' '}
                    {writer && (
                      <button type="button" className="link" onClick={() => patch({ provisions: [...c.provisions, s.provision] })}>
                        {t('cases.engage')}
                      </button>
                    )}
                  </li>
                ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="case-victims-h">
        <h2 id="case-victims-h">{t('cases.victims')}</h2>
        {c.victims.length === 0 && <p className="muted">{t('common.none')}</p>}
        <ul data-testid="case-victims">
          {c.victims.map((v) => (
            <li key={v.id}>
              {v.description} {v.consent === true ? `(${t('cases.consent')})` : v.consent === false ? `(${t('cases.noConsent')})` : `(${t('cases.consentUnknown')})`}{' '}
              {writer && (
                <button type="button" className="link" onClick={() => send('DELETE', `/victims/${v.id}`)}>
                  {t('cases.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {writer && <VictimForm write={write} />}
      </section>

      <section className="card" aria-labelledby="case-evidence-h">
        <h2 id="case-evidence-h">{t('evidence.title')}</h2>
        <CaseEvidence evidenceIds={c.evidenceIds} version={c.version} writer={writer} write={write} send={send} />
      </section>

      <section className="card" aria-labelledby="case-remedies-h">
        <h2 id="case-remedies-h">{t('cases.remedies')}</h2>
        <table className="case-table" data-testid="case-remedies">
          <thead>
            <tr>
              <th>{t('cases.remedy.body')}</th>
              <th>{t('cases.remedy.filed')}</th>
              <th>{t('cases.remedy.decided')}</th>
              <th>{t('cases.remedy.outcome')}</th>
              <th>{t('cases.remedy.final')}</th>
            </tr>
          </thead>
          <tbody>
            {c.remedies.map((r) => (
              <tr key={r.id}>
                <td>{r.body ?? '—'}</td>
                <td>{r.notPursuedReason ? t('cases.remedy.notPursued') : (r.filed ?? '—')}</td>
                <td>{r.decided ?? '—'}</td>
                <td>{r.notPursuedReason ?? r.outcome ?? '—'}</td>
                <td>{r.final ? t('cases.yes') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {c.remediesException && <p>{t('cases.remedy.exception', { exception: c.remediesException })}</p>}
        {writer && <RemedyForm write={write} />}
      </section>

      <section className="card" aria-labelledby="case-procedures-h">
        <h2 id="case-procedures-h">{t('cases.procedures')}</h2>
        {c.procedures.length === 0 && <p className="muted">{t('common.none')}</p>}
        <ul data-testid="case-procedures">
          {c.procedures.map((p) => (
            <li key={p.id}>
              {p.body ?? '—'}: {p.status === 'pending' ? t('cases.procedure.pending') : p.status === 'decided' ? t('cases.procedure.isDecided') : '—'}, {t('cases.procedure.submitted', { date: p.submitted ?? '—' })}
              {p.decided && `, ${t('cases.procedure.decided', { date: p.decided })}`}
              {p.examinedMerits !== null && `, ${p.examinedMerits ? t('cases.procedure.meritsExamined') : t('cases.procedure.meritsNotExamined')}`}{' '}
              {writer && (
                <button type="button" className="link" onClick={() => send('DELETE', `/procedures/${p.id}`)}>
                  {t('cases.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {writer && <ProcedureForm write={write} />}
      </section>

      <section className="card" aria-labelledby="case-requested-h">
        <h2 id="case-requested-h">{t('cases.requested')}</h2>
        <RequestedMeasures measures={c.requestedMeasures} writer={writer} write={write} send={send} />
      </section>

      <section className="card" aria-labelledby="case-forums-h">
        <h2 id="case-forums-h">{t('cases.forums')}</h2>
        <Forums caseId={c.id} targets={c.targetMechanisms} version={c.version} />
      </section>

      <section className="card" aria-labelledby="case-documents-h">
        <h2 id="case-documents-h">{t('cases.documents')}</h2>
        <CaseDocuments caseFile={c} />
      </section>

      <section className="card" aria-labelledby="case-outcomes-h">
        <h2 id="case-outcomes-h">{t('cases.outcomes')}</h2>
        {c.outcomes.length === 0 && <p className="muted">{t('common.none')}</p>}
        {c.outcomes.map((o) => (
          <OutcomeView key={o.id} outcome={o} writer={writer} onMeasure={(measures) => send('PUT', `/outcomes/${o.id}`, { ...outcomeBody(o), measures })} />
        ))}
        {writer && <OutcomeForm write={write} />}
      </section>

      <section className="card" aria-labelledby="case-tasks-h">
        <h2 id="case-tasks-h">{t('cases.tasks')}</h2>
        <ul className="case-tasks" data-testid="case-tasks">
          {c.tasks.map((x) => (
            <li key={x.id}>
              <label>
                <input type="checkbox" checked={x.done} disabled={!writer} onChange={(e) => send('PUT', `/tasks/${x.id}`, { title: x.title, due: x.due, assignee: x.assignee, done: e.target.checked })} /> {x.title}
              </label>{' '}
              {x.due && <span className={!x.done && x.due < today() ? 'case-overdue' : 'muted'}>{date(x.due)}</span>}
            </li>
          ))}
        </ul>
        {writer && <TaskForm write={write} />}
      </section>

      <section className="card" aria-labelledby="case-calendar-h">
        <h2 id="case-calendar-h">{t('cases.calendar')}</h2>
        <CalendarList entries={dueDates} hideCase />
      </section>

      <section className="card" aria-labelledby="case-chronology-h">
        <h2 id="case-chronology-h">{t('cases.chronology')}</h2>
        <ol className="case-chronology" data-testid="case-chronology">
          {c.chronology.map((e, i) => (
            <li key={i}>
              <time>{e.date}</time> {e.kind === 'incident' && e.ref ? <Link to={`/incidents/${e.ref}`}>{e.text}</Link> : e.text}
            </li>
          ))}
        </ol>
      </section>

      <CaseHistory caseId={c.id} reload={reload} />
    </section>
  );
}

const outcomeBody = (o: CaseOutcome) => ({ mechanism: o.mechanism, kind: o.kind, date: o.date, due: o.due, summary: o.summary, violationFound: o.violationFound });

/** The case's incidents under the incident list's filters (kept in this page's URL), with their pattern by month and pyramid level. */
function CaseIncidents({ caseFile, writer, onRemove }: { caseFile: CaseFile; writer: boolean; onRemove: (incidentId: string) => void }) {
  const { t, number, date, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const f = useMemo(() => parseFilters(params), [params]);
  const groups = useRegistry('groups');
  const actors = useRegistry('actors');
  const types = useTaxonomy('violation-types');
  const ids = caseFile.incidentIds.slice(0, idsPerRequest);
  const query = new URLSearchParams({ ...filterParams(f), id: ids.join(',') }).toString();
  const incidents = useApi<IncidentPage>(ids.length ? `/api/incidents?${query}&sort=date:asc&limit=200` : null);
  const stats = useApi<Stats>(ids.length ? `/api/stats?${query}&by=month,level` : null);
  const series = useMemo(() => buildTimeline(stats.data?.cells ?? []), [stats.data]);
  const set = (name: keyof Filters, value: string | readonly (string | number)[] | undefined) => setParams(withFilter(params, name, value), { replace: true });

  return (
    <section className="card" aria-labelledby="case-incidents-h">
      <h2 id="case-incidents-h">{t('cases.incidentsOf', { count: caseFile.incidentIds.length })}</h2>
      {caseFile.withheldIncidents && <p className="muted small">{t('cases.withheldIncidents')}</p>}
      {caseFile.incidentIds.length > idsPerRequest && <p className="muted small">{t('cases.firstIncidents', { count: idsPerRequest })}</p>}
      <form className="filterbar" onSubmit={(e) => e.preventDefault()} aria-label={t('filters.label')}>
        <DateFilterField name="from" value={params.get('from') ?? undefined} other={params.get('to') ?? undefined} onCommit={(v) => set('from', v)} />
        <DateFilterField name="to" value={params.get('to') ?? undefined} other={params.get('from') ?? undefined} onCommit={(v) => set('to', v)} />
        <fieldset className="case-levels">
          <legend>{t('filters.level')}</legend>
          {[1, 2, 3, 4, 5].map((l) => (
            <label key={l}>
              <input type="checkbox" checked={f.level.includes(l)} onChange={() => set('level', toggleValue(f.level.map(String), String(l)))} /> {l}
            </label>
          ))}
        </fieldset>
        <FilterChips filters={f} params={params} setParams={setParams} hide={['from', 'to', 'level']} names={{ group: (g) => groups.byId.get(g)?.name ?? g, perpetrator: (a) => actors.byId.get(a)?.name ?? a, type: (c) => label(types.byCode.get(c), c) }} />
      </form>
      <ErrorNote error={incidents.error ?? stats.error} />
      <h3>{t('cases.pattern')}</h3>
      {stats.data && series.months.length > 0 ? <Timeline series={series} from={f.from} to={f.to} onPeriod={(from, to) => setParams(withFilter(withFilter(params, 'from', from), 'to', to), { replace: true })} /> : <p className="muted">{t('common.none')}</p>}
      <ul className="case-incidents" data-testid="case-incidents">
        {(incidents.data?.items ?? []).map((i) => (
          <li key={i.id}>
            <LevelBadge level={i.pyramidLevel} /> <time>{date(i.startDate, i.startPrecision)}</time> <Link to={`/incidents/${i.id}`}>{i.title}</Link>
            {i.admin1 && <span className="muted"> · {i.admin1}</span>}{' '}
            {writer && (
              <button type="button" className="link" onClick={() => onRemove(i.id)}>
                {t('cases.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {incidents.data && <p className="muted small">{t('cases.shown', { count: number(incidents.data.items.length) })}</p>}
    </section>
  );
}

function OutcomeView({ outcome: o, writer, onMeasure }: { outcome: CaseOutcome; writer: boolean; onMeasure: (measures: CaseOutcome['measures']) => void }) {
  const { t, date } = useI18n();
  return (
    <div className="case-outcome">
      <p>
        <strong>
          {o.mechanism}: {t(`cases.outcome.${o.kind}` as MessageKey)}
        </strong>{' '}
        {o.date ?? ''} {o.due && <span>· {t('cases.dueOn', { date: date(o.due) })}</span>}
        {o.violationFound !== null && <span> · {o.violationFound ? t('cases.violationFound') : t('cases.noViolation')}</span>}
      </p>
      {o.summary && <p>{o.summary}</p>}
      {o.measures.length > 0 && (
        <ul className="case-measures">
          {o.measures.map((m) => (
            <li key={m.id}>
              {m.text}{' '}
              <select value={m.status} disabled={!writer} aria-label={t('cases.measureStatus')} onChange={(e) => onMeasure(o.measures.map((x) => (x.id === m.id ? { ...x, status: e.target.value as typeof m.status } : x)))}>
                {measureStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`cases.measure.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
