import type { Actor, AuditEntry, Evidence, Group, IncidentSummary, Source } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { actFieldLabels, incidentFieldLabels, sourceFieldLabels } from '../i18n/fieldLabels';
import { useTaxonomy, type Registry, type TaxonomyName, type Vocabulary } from '../vocab/vocab';
import { brief, edits, type AnyChange, type FieldChange, type IncidentField, type ItemField, type ListField, type Token, type Value } from './audit';

/** Each field's label, in the words the form uses for it. */
const fieldLabels: Record<IncidentField | ItemField, MessageKey> = {
  ...incidentFieldLabels,
  ...actFieldLabels,
  ...sourceFieldLabels,
  // The history names the place (its document's field), not the body's placeId.
  place: 'form.place',
  pyramidLevel: 'form.level',
  pyramidLevelOverride: 'form.override',
  identityBasis: 'filters.basis',
  kind: 'incidentPage.linkKind',
};
const listLabels: Record<ListField, MessageKey> = { acts: 'incidentPage.list.acts', sources: 'incidentPage.list.sources', evidence: 'incidentPage.list.evidence', links: 'incidentPage.list.links' };
const vocabularies: TaxonomyName[] = [
  'countries',
  'verification-statuses',
  'confidentiality-levels',
  'monitoring-statuses',
  'violation-types',
  'identity-bases',
  'source-connections',
  'material-types',
  'information-credibility',
  'incident-link-kinds',
  'involvement-degrees',
  'pyramid-levels',
];

export interface Names {
  groups: Registry<Group>;
  /** Actors and sources: an incident's history names them, a case's does not. */
  actors?: Registry<Actor>;
  sources?: Registry<Source>;
  incidents: Map<string, IncidentSummary>;
  evidence: Map<string, Evidence>;
}

/** Words for a value: labels for codes, names for ids, dates at their precision. */
function useValueText(names: Names) {
  const { t, label, date, number } = useI18n();
  // A fixed list, so the hooks run in the same order on every render.
  const vocab = Object.fromEntries(vocabularies.map((v) => [v, useTaxonomy(v)])) as Record<TaxonomyName, Vocabulary>;
  const unknown = t('common.unknownRecord');
  const recordName = (kind: string, id: string) => {
    switch (kind) {
      case 'groups':
        return names.groups.byId.get(id)?.name;
      case 'actors':
        return names.actors?.byId.get(id)?.name;
      case 'sources':
        return names.sources?.byId.get(id)?.name;
      case 'incidents':
        return names.incidents.get(id)?.title;
      case 'evidence':
        return names.evidence.get(id)?.filename;
      default:
        return undefined;
    }
  };
  const token = (tok: Token): string => {
    switch (tok.t) {
      case 'text':
        return brief(tok.text, 90);
      case 'term':
        return label(vocab[tok.vocabulary]?.byCode.get(tok.code), tok.code);
      case 'record':
        return tok.name ?? recordName(tok.kind, tok.id) ?? unknown;
      case 'date':
        return date(tok.date, tok.precision);
      case 'number':
        return number(tok.n);
      case 'yes':
        return t('incidentPage.yes');
      case 'no':
        return t('incidentPage.no');
      case 'level':
        return t('level.named', { level: tok.level, name: label(vocab['pyramid-levels'].byCode.get(String(tok.level)), '') });
      case 'victims':
        return `${t(`victims.${tok.kind}` as MessageKey)} ${number(tok.n)}`;
      case 'message':
        return t(tok.key as MessageKey);
      case 'involvement':
        return `${names.actors?.byId.get(tok.actorId)?.name ?? unknown} (${label(vocab['involvement-degrees'].byCode.get(tok.involvement), tok.involvement)})`;
    }
  };
  return (value: Value, separator = ', ') => (value.length ? value.map(token).join(separator) : t('incidentPage.nothing'));
}

/**
 * What a history calls its record's fields, lists and actions, and which actions changed content
 * (their changes are listed) rather than the record's life cycle. The incident's by default.
 */
export interface HistoryWords {
  field: (field: string) => string;
  list: (list: string) => string;
  action: (action: string) => string;
  edits: (action: string) => boolean;
}

function useIncidentWords(): HistoryWords {
  const { t } = useI18n();
  return {
    field: (f) => t(fieldLabels[f as IncidentField | ItemField]),
    list: (l) => t(listLabels[l as ListField]),
    action: (a) =>
      a === 'incident.create' ? t('audit.create') : a === 'incident.update' ? t('audit.update') : a === 'incident.delete' ? t('audit.delete') : a === 'incident.restore' ? t('audit.restore') : a === 'incident.merge' ? t('incidentPage.merged') : a,
    edits,
  };
}

function FieldLine({ change, text, words }: { change: FieldChange<string>; text: (v: Value) => string; words: HistoryWords }) {
  const { t, dir } = useI18n();
  return (
    <li>
      <span className="change-field">{words.field(change.field)}</span>: <span className="visually-hidden">{t('incidentPage.changedFrom')} </span>
      <del>
        <bdi>{text(change.before)}</bdi>
      </del> <span aria-hidden="true">{dir === 'rtl' ? '←' : '→'}</span> <span className="visually-hidden">{t('incidentPage.changedTo')} </span>
      <ins>
        <bdi>{text(change.after)}</bdi>
      </ins>
    </li>
  );
}

function ChangeLine({ change, text, words }: { change: AnyChange; text: (v: Value, separator?: string) => string; words: HistoryWords }) {
  const { t } = useI18n();
  if (change.type === 'field') return <FieldLine change={change} text={text} words={words} />;
  const what = words.list(change.list);
  const heading = change.change === 'added' ? t('incidentPage.itemAdded', { what }) : change.change === 'removed' ? t('incidentPage.itemRemoved', { what }) : t('incidentPage.itemChanged', { what });
  const item = text(change.item, ' · ');
  return (
    <li>
      <span className="change-field">{heading}</span> {change.change === 'added' ? (
        <ins>
          <bdi>{item}</bdi>
        </ins>
      ) : change.change === 'removed' ? (
        <del>
          <bdi>{item}</bdi>
        </del>
      ) : (
        <bdi>{item}</bdi>
      )}
      {change.fields.length > 0 && (
        <ul>
          {change.fields.map((f) => (
            <FieldLine key={f.field} change={f} text={text} words={words} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * A record's history, newest first: who did what when, and for an edit exactly what changed, in
 * words. An incident's by default; a case's with the case's `words` (cases/CaseHistory).
 */
export function Chronology({ entries, changes, names, words }: { entries: AuditEntry[]; changes: Map<number, AnyChange[]>; names: Names; words?: HistoryWords }) {
  const { t, dateTime } = useI18n();
  const text = useValueText(names);
  const incidentWords = useIncidentWords();
  const w = words ?? incidentWords;
  return (
    <ol className="chronology">
      {entries.map((entry) => {
        const after = (entry.after ?? {}) as { version?: number };
        const before = (entry.before ?? {}) as { version?: number };
        const list = changes.get(entry.id) ?? [];
        return (
          <li key={entry.id} data-testid="chronology-entry">
            <div>
              <strong>{w.action(entry.action)}</strong> · {t('detail.version', { version: String(after.version ?? before.version ?? '') })}
            </div>
            <div className="muted small">
              <time dateTime={entry.at}>{dateTime(entry.at)}</time> · {entry.actor}
            </div>
            {w.edits(entry.action) &&
              (list.length > 0 ? (
                <ul className="changes" data-testid="changes">
                  {list.map((c, i) => (
                    <ChangeLine key={i} change={c} text={text} words={w} />
                  ))}
                </ul>
              ) : (
                <p className="muted small">{t('incidentPage.noChange')}</p>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
