import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { AuditEntry, Evidence, Incident } from '../api/types';
import { victimKinds } from '../api/types';
import { useApi } from '../api/useApi';
import { useCan } from '../access/can';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { ActsTable } from './ActsTable';
import { edits, incidentChanges, referencedRecords, type Change } from './audit';
import { Chronology } from './Chronology';
import { DeletedBanner } from './DeletedBanner';
import { DeleteIncident } from './DeleteIncident';
import { EvidenceList } from './EvidenceList';
import { MergedNotice } from './MergedNotice';
import { LevelBadge } from './LevelBadge';
import { LinksList } from './LinksList';
import { useRecordsById } from './useRecordsById';
import { PersonsSection } from '../persons/PersonsSection';
import { useTeams } from '../access/teams';

/** One incident: what, when, where, to whom, by whom, how we know, its links and the chronology of its edits. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { t, label, date, number } = useI18n();
  const can = useCan();
  // Bumped by a delete or restore on this page, to read the incident and its history again.
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<'deleted' | 'restored' | null>(null);
  const incident = useApi<Incident>(`/api/incidents/${id}`, reload);
  const audit = useApi<{ items: AuditEntry[] }>(`/api/audit?entity=incident&entityId=${id}&limit=200`, reload);
  const groups = useRegistry('groups');
  const actors = useRegistry('actors');
  const sources = useRegistry('sources');
  const teams = useTeams();
  const verification = useTaxonomy('verification-statuses');
  const confidentiality = useTaxonomy('confidentiality-levels');
  const monitoring = useTaxonomy('monitoring-statuses');
  const connections = useTaxonomy('source-connections');
  const materials = useTaxonomy('material-types');
  const countries = useTaxonomy('countries');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const inc = incident.data;
  const entries = useMemo(() => audit.data?.items ?? [], [audit.data]);
  const changes = useMemo(() => new Map<number, Change[]>(entries.map((e) => [e.id, edits(e.action) ? incidentChanges(e.before, e.after) : []])), [entries]);
  // The records the page and its whole history name: one request per kind.
  const refs = useMemo(() => {
    const all = [...changes.values()].flat();
    return referencedRecords(all);
  }, [changes]);
  const linked = useRecordsById('incidents', [...(inc?.links ?? []).map((l) => l.incidentId), ...refs.incidents], reload);
  const evidence = useRecordsById('evidence', [...(inc?.evidenceIds ?? []), ...refs.evidence], reload);

  useEffect(() => {
    // After a delete the banner takes focus (it holds Restore); after a restore, the heading.
    if (notice === 'restored' && inc && !inc.deletedAt) headingRef.current?.focus();
  }, [notice, inc]);

  if (incident.error) return <ErrorNote error={incident.error} />;
  if (!inc) return <Loading />;
  const when = inc.endDate ? t('detail.dateRange', { from: date(inc.startDate, inc.startPrecision), to: date(inc.endDate, inc.endPrecision ?? 'day') }) : date(inc.startDate, inc.startPrecision);
  const evidenceItems = inc.evidenceIds.map((e) => evidence.byId.get(e)).filter((e): e is Evidence => e !== undefined);
  const changed = (what: 'deleted' | 'restored') => {
    setNotice(what);
    setReload((r) => r + 1);
  };

  return (
    <article className={`page detail-page${inc.deletedAt ? ' is-deleted' : ''}`} data-testid="incident-detail">
      {(location.state as { saved?: boolean } | null)?.saved && !notice && (
        <p className="notice" role="status">
          {t('detail.saved')}
        </p>
      )}
      {notice === 'restored' && !inc.deletedAt && (
        <p className="notice" role="status">
          {t('incidentPage.restored')}
        </p>
      )}
      {inc.deletedAt && <DeletedBanner incident={inc} focus={notice === 'deleted'} onRestored={() => changed('restored')} />}
      <MergedNotice />
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1}>
          {inc.title}
        </h1>
        {!inc.deletedAt && (
          <div className="actions">
            {can('incident.edit') && (
              <Link className="button" to={`/incidents/${inc.id}/edit`}>
                {t('detail.edit')}
              </Link>
            )}
            {can('incident.delete') && <DeleteIncident incident={inc} onDeleted={() => changed('deleted')} />}
          </div>
        )}
      </div>
      <div className="detail-grid">
        <div>
          <dl className="facts">
            <dt>{t('form.level')}</dt>
            <dd>
              <LevelBadge level={inc.pyramidLevel} withName />
              {inc.pyramidLevelOverride && <small className="muted"> {t('detail.override', { derived: inc.derivedPyramidLevel, reason: inc.pyramidLevelOverride.reason })}</small>}
            </dd>
            <dt>{t('detail.when')}</dt>
            <dd>
              {when}
              {inc.dateEstimated ? ` (${t('detail.estimated')})` : ''}
              {inc.reportDate ? ` · ${t('detail.reported', { date: date(inc.reportDate) })}` : ''}
            </dd>
            <dt>{t('detail.where')}</dt>
            <dd>{[inc.place?.name, inc.admin1, label(countries.byCode.get(inc.country), inc.country)].filter(Boolean).join(', ')}</dd>
            <dt>{t('filters.verification')}</dt>
            <dd data-testid="verification">{label(verification.byCode.get(inc.verificationStatus), inc.verificationStatus)}</dd>
            <dt>{t('form.confidentiality')}</dt>
            <dd>
              {label(confidentiality.byCode.get(inc.confidentiality), inc.confidentiality)}
              {inc.teams?.length ? <span data-testid="incident-teams">{` · ${t('access.teamsOnly', { teams: inc.teams.map(teams.name).sort((a, b) => a.localeCompare(b)).join(', ') })}`}</span> : ''}
            </dd>
            {inc.withheld?.length ? (
              <>
                <dt>{t('access.withheldFromYou')}</dt>
                <dd data-testid="withheld">{inc.withheld.map((f) => t(`access.withhold.${f}`)).join(' · ')}</dd>
              </>
            ) : null}
            <dt>{t('form.monitoring')}</dt>
            <dd>{label(monitoring.byCode.get(inc.monitoringStatus), inc.monitoringStatus)}</dd>
            <dt>{t('form.victims')}</dt>
            <dd>
              {victimKinds
                .filter((k) => inc.victims[k])
                .map((k) => `${t(`victims.${k}`)}: ${number(inc.victims[k])}`)
                .join(' · ') || '—'}
            </dd>
          </dl>
          {inc.narrative && (
            <section>
              <h2>{t('form.narrative')}</h2>
              <p className="narrative">{inc.narrative}</p>
            </section>
          )}
          <section>
            <h2>{t('detail.acts')}</h2>
            <ActsTable acts={inc.acts} groups={groups} actors={actors} />
          </section>
          <PersonsSection incident={inc} />
          <section>
            <h2>{t('form.sources')}</h2>
            {inc.sources.length === 0 ? (
              <p className="muted">{t('form.noSources')}</p>
            ) : (
              <ul>
                {inc.sources.map((s) => {
                  const src = sources.byId.get(s.sourceId);
                  return (
                    <li key={s.sourceId}>
                      <strong>{src?.name ?? t('common.unknownRecord')}</strong> {src && <span className="grade">{t('detail.reliability', { grade: src.reliability })}</span>} ·{' '}
                      {t('detail.credibility', { grade: s.credibility })} · {label(connections.byCode.get(s.connection), s.connection)} · {label(materials.byCode.get(s.materialType), s.materialType)}
                      {s.informationDate ? ` · ${date(s.informationDate)}` : ''}
                      {s.note ? <div className="muted">{s.note}</div> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section data-testid="evidence">
            <h2>{t('evidence.title')}</h2>
            {evidence.error && <ErrorNote error={evidence.error} />}
            <EvidenceList evidence={evidenceItems} />
          </section>
          <section>
            <h2>{t('detail.links')}</h2>
            {linked.error && <ErrorNote error={linked.error} />}
            <LinksList links={inc.links} incidents={linked.byId} />
          </section>
        </div>
        <aside>
          {/* The history arrives in its own request: busy until it has (assistive technology, and the e2e tests, wait for it). */}
          <section className="card" aria-labelledby="chrono-h" aria-busy={audit.loading} data-testid="chronology">
            <h2 id="chrono-h">{t('detail.chronology')}</h2>
            {audit.error && <ErrorNote error={audit.error} />}
            <Chronology entries={entries} changes={changes} names={{ groups, actors, sources, incidents: linked.byId, evidence: evidence.byId }} />
          </section>
        </aside>
      </div>
    </article>
  );
}
