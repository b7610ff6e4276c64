import { Link } from 'react-router';
import type { IncidentLink, IncidentSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';

/**
 * The chain of events around this incident, both ways: links it makes ("this incident
 * precedes …") and links others make to it ("… precedes this incident"), each with the
 * other incident's title and date.
 */
export function LinksList({ links, incidents }: { links: IncidentLink[]; incidents: Map<string, IncidentSummary> }) {
  const { t, label, date } = useI18n();
  const kinds = useTaxonomy('incident-link-kinds');
  if (links.length === 0) return <p className="muted">{t('detail.noLinks')}</p>;
  return (
    <ul className="links-list" data-testid="links">
      {links.map((l) => {
        const other = incidents.get(l.incidentId);
        const kind = label(kinds.byCode.get(l.kind), l.kind);
        const target = (
          <>
            <Link to={`/incidents/${l.incidentId}`}>{other?.title ?? t('common.unknownRecord')}</Link>
            {other && <span className="muted"> ({date(other.startDate, other.startPrecision)})</span>}
            {other?.deletedAt && <span className="muted"> {t('incidentPage.deletedMark')}</span>}
          </>
        );
        return (
          <li key={`${l.direction}-${l.incidentId}-${l.kind}`} data-direction={l.direction}>
            {l.direction === 'incoming' ? (
              <>
                {target} {t('incidentPage.linkIncoming', { kind })}
              </>
            ) : (
              <>
                {t('incidentPage.linkOutgoing', { kind })} {target}
              </>
            )}
            {l.note ? <div className="muted small">{l.note}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
