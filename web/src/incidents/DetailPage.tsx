import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { apiGet } from '../api/client';
import type { AuditEntry, Evidence, Incident } from '../api/types';
import { victimKinds } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { brief, changedFields } from './audit';
import { MergedNotice } from './MergedNotice';
import { fileSize } from './EvidenceField';
import { LevelBadge } from './LevelBadge';

/** One incident: what, when, where, to whom, by whom, how we know, its links and the chronology of its edits. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { t, label, date, dateTime, number } = useI18n();
  const incident = useApi<Incident>(`/api/incidents/${id}`);
  const audit = useApi<{ items: AuditEntry[] }>(`/api/audit?entity=incident&entityId=${id}&limit=200`);
  const groups = useRegistry('groups');
  const actors = useRegistry('actors');
  const sources = useRegistry('sources');
  const types = useTaxonomy('violation-types');
  const verification = useTaxonomy('verification-statuses');
  const confidentiality = useTaxonomy('confidentiality-levels');
  const monitoring = useTaxonomy('monitoring-statuses');
  const involvement = useTaxonomy('involvement-degrees');
  const bases = useTaxonomy('identity-bases');
  const connections = useTaxonomy('source-connections');
  const materials = useTaxonomy('material-types');
  const linkKinds = useTaxonomy('incident-link-kinds');
  const countries = useTaxonomy('countries');
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [linked, setLinked] = useState<Map<string, Incident>>(new Map());
  const auditAction = useAuditAction();

  const inc = incident.data;
  useEffect(() => {
    if (!inc) return;
    void Promise.all(inc.evidenceIds.map((e) => apiGet<Evidence>(`/api/evidence/${e}`).catch(() => null))).then((r) => setEvidence(r.filter((x): x is Evidence => x !== null)));
    void Promise.all(inc.links.map((l) => apiGet<Incident>(`/api/incidents/${l.incidentId}`).catch(() => null))).then((r) =>
      setLinked(new Map(r.filter((x): x is Incident => x !== null).map((x) => [x.id, x]))),
    );
  }, [inc]);

  if (incident.error) return <ErrorNote error={incident.error} />;
  if (!inc) return <Loading />;
  const group = (gid: string | null) => (gid ? (groups.byId.get(gid)?.name ?? t('common.unknownRecord')) : t('form.noGroup'));
  const when = inc.endDate ? t('detail.dateRange', { from: date(inc.startDate, inc.startPrecision), to: date(inc.endDate, inc.endPrecision ?? 'day') }) : date(inc.startDate, inc.startPrecision);

  return (
    <article className="page detail-page" data-testid="incident-detail">
      {(location.state as { saved?: boolean } | null)?.saved && (
        <p className="notice" role="status">
          {t('detail.saved')}
        </p>
      )}
      <MergedNotice />
      <div className="page-head">
        <h1>{inc.title}</h1>
        <Link className="button" to={`/incidents/${inc.id}/edit`}>
          {t('detail.edit')}
        </Link>
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
            <dd>{label(verification.byCode.get(inc.verificationStatus), inc.verificationStatus)}</dd>
            <dt>{t('form.confidentiality')}</dt>
            <dd>{label(confidentiality.byCode.get(inc.confidentiality), inc.confidentiality)}</dd>
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
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('form.violationType')}</th>
                    <th scope="col">{t('form.targetedGroup')}</th>
                    <th scope="col">{t('form.victims')}</th>
                    <th scope="col">{t('form.perpetrators')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inc.acts.map((a, i) => (
                    <tr key={a.id ?? i}>
                      <td>
                        <LevelBadge level={a.pyramidLevel ?? 1} /> {label(types.byCode.get(a.violationType), a.violationType)}
                      </td>
                      <td>
                        {group(a.groupId)}
                        {a.identityBasis ? <small className="muted"> ({label(bases.byCode.get(a.identityBasis), a.identityBasis)})</small> : null}
                      </td>
                      <td>
                        {victimKinds
                          .filter((k) => a.victims[k])
                          .map((k) => `${t(`victims.${k}`)} ${number(a.victims[k])}`)
                          .join(', ') || '—'}
                      </td>
                      <td>{a.perpetrators.map((p) => `${actors.byId.get(p.actorId)?.name ?? t('common.unknownRecord')} (${label(involvement.byCode.get(p.involvement), p.involvement)})`).join('; ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
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
          <section>
            <h2>{t('evidence.title')}</h2>
            {evidence.length === 0 ? (
              <p className="muted">{t('evidence.none')}</p>
            ) : (
              <ul className="evidence-list">
                {evidence.map((e) => (
                  <li key={e.id}>
                    <a href={`/api/evidence/${e.id}/content`}>{e.filename}</a> <span className="muted">({e.mediaType}, {fileSize(e.sizeBytes, number)})</span>
                    {e.description && <div>{e.description}</div>}
                    <div className="hash">
                      SHA-256 <code data-testid="evidence-hash">{e.sha256}</code>
                    </div>
                    <details>
                      <summary>{t('evidence.custody', { count: e.custody.length })}</summary>
                      <ol>
                        {e.custody.map((c, i) => (
                          <li key={i}>
                            {dateTime(c.at)} · {c.actor} · {c.action}
                            {c.note ? ` · ${c.note}` : ''}
                          </li>
                        ))}
                      </ol>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h2>{t('detail.links')}</h2>
            {inc.links.length === 0 ? (
              <p className="muted">{t('detail.noLinks')}</p>
            ) : (
              <ul>
                {inc.links.map((l) => (
                  <li key={`${l.direction}-${l.incidentId}-${l.kind}`}>
                    {t(l.direction === 'incoming' ? 'detail.linkIncoming' : 'detail.linkOutgoing', { kind: label(linkKinds.byCode.get(l.kind), l.kind) })}{' '}
                    <Link to={`/incidents/${l.incidentId}`}>{linked.get(l.incidentId)?.title ?? l.incidentId}</Link>
                    {l.note ? <span className="muted"> — {l.note}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside>
          <section className="card" aria-labelledby="chrono-h" data-testid="chronology">
            <h2 id="chrono-h">{t('detail.chronology')}</h2>
            {audit.error && <ErrorNote error={audit.error} />}
            <ol className="chronology">
              {(audit.data?.items ?? []).map((entry) => {
                const fields = changedFields(entry.before, entry.after);
                const after = (entry.after ?? {}) as Record<string, unknown>;
                const before = (entry.before ?? {}) as Record<string, unknown>;
                return (
                  <li key={entry.id}>
                    <div>
                      <strong>{auditAction(entry.action)}</strong> · {t('detail.version', { version: String(after.version ?? before.version ?? '') })}
                    </div>
                    <div className="muted small">
                      <time dateTime={entry.at}>{dateTime(entry.at)}</time> · {entry.actor}
                    </div>
                    {(entry.action === 'incident.update' || entry.action === 'incident.merge') && fields.length > 0 && (
                      <ul className="changes">
                        {fields.slice(0, 8).map((f) => (
                          <li key={f}>
                            <code>{f}</code>: <del>{brief(before[f], 60)}</del> → <ins>{brief(after[f], 60)}</ins>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        </aside>
      </div>
    </article>
  );
}

function useAuditAction() {
  const { t } = useI18n();
  return (action: string) => {
    switch (action) {
      case 'incident.create':
        return t('audit.create');
      case 'incident.update':
        return t('audit.update');
      case 'incident.merge':
        return t('merge.auditAction');
      case 'incident.delete':
        return t('audit.delete');
      case 'incident.restore':
        return t('audit.restore');
      default:
        return action;
    }
  };
}
