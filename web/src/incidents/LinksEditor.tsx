import { useContext, useMemo, useState } from 'react';
import type { IncidentLink, IncidentSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { problemMessage } from '../i18n/problems';
import { TermOptions } from '../vocab/TermOptions';
import { useTaxonomy } from '../vocab/vocab';
import { Field, FieldErrors } from './Field';
import { inputIdFor } from './formModel';
import { IncidentPicker } from './IncidentPicker';
import { useRecordsById } from './useRecordsById';

interface Props {
  /** This incident's id (none while recording a new one): it cannot be linked to itself. */
  selfId?: string;
  /** The links this incident makes; links other incidents make to it are edited on theirs. */
  links: IncidentLink[];
  onChange: (links: IncidentLink[]) => void;
}

/** Links to other incidents (precedes, causes, part of, follows): add with a search, change kind and note, remove. */
export function LinksEditor({ selfId, links, onChange }: Props) {
  const { t, date } = useI18n();
  const kinds = useTaxonomy('incident-link-kinds');
  const [newKind, setNewKind] = useState('precedes');
  // Titles of incidents already linked when the form opened; picked ones are remembered here.
  const stored = useRecordsById('incidents', links.map((l) => l.incidentId));
  const [picked, setPicked] = useState<Map<string, IncidentSummary>>(new Map());
  const exclude = useMemo(() => new Set([...(selfId ? [selfId] : []), ...links.map((l) => l.incidentId)]), [selfId, links]);
  // The API names a link it refuses (`links.0.incidentId`: deleted, missing, this incident itself).
  const { errors, names } = useContext(FieldErrors);
  const set = (i: number, patch: Partial<IncidentLink>) => onChange(links.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  return (
    <fieldset className="links-editor" data-testid="links-editor">
      <legend>{t('detail.links')}</legend>
      <p className="muted small">{t('incidentPage.linksHint')}</p>
      {links.length === 0 && <p className="muted small">{t('incidentPage.noLinksYet')}</p>}
      {links.map((l, i) => {
        const other = picked.get(l.incidentId) ?? stored.byId.get(l.incidentId);
        const title = other?.title ?? t('common.unknownRecord');
        return (
          <div key={`${l.incidentId}-${i}`} className="subcard link-row" data-testid="link-row">
            <p className="link-target" id={inputIdFor(`links.${i}.incidentId`)} tabIndex={-1}>
              <span className="muted small">{t('incidentPage.linkTo')}: </span>
              <strong>{title}</strong>
              {other && <span className="muted small"> ({date(other.startDate, other.startPrecision)})</span>}
              {errors.get(`links.${i}.incidentId`)?.map((problem, k) => (
                <small key={k} className="field-error">
                  {' '}
                  {problemMessage(t, problem, names)}
                </small>
              ))}
            </p>
            <div className="row-fields">
              <Field field={`links.${i}.kind`} label={t('incidentPage.linkKind')}>
                {(p) => (
                  <select {...p} value={l.kind} onChange={(e) => set(i, { kind: e.target.value })}>
                    <TermOptions vocabulary={kinds} />
                  </select>
                )}
              </Field>
              <Field field={`links.${i}.note`} label={t('incidentPage.linkNote')}>
                {(p) => <input {...p} value={l.note} maxLength={5000} onChange={(e) => set(i, { note: e.target.value })} />}
              </Field>
            </div>
            <button type="button" className="link danger" onClick={() => onChange(links.filter((_, j) => j !== i))}>
              {t('incidentPage.removeLink', { title })}
            </button>
          </div>
        );
      })}
      <div className="row-fields link-add">
        <div className="field">
          <label htmlFor="new-link-kind">{t('incidentPage.addLinkKind')}</label>
          <select id="new-link-kind" value={newKind} onChange={(e) => setNewKind(e.target.value)}>
            <TermOptions vocabulary={kinds} />
          </select>
        </div>
        <IncidentPicker
          exclude={exclude}
          onPick={(r) => {
            setPicked((m) => new Map(m).set(r.id, r));
            onChange([...links, { incidentId: r.id, kind: newKind, note: '' }]);
          }}
        />
      </div>
    </fieldset>
  );
}
