import { Fragment } from 'react';
import { victimKinds } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ViolationTypeOptions } from '../vocab/ViolationTypeOptions';
import { TermOptions } from '../vocab/TermOptions';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { emptyAct, newKey, type ActDraft } from './formModel';
import { Field } from './Field';
import { LevelBadge } from './LevelBadge';
import { addNewValue, NewRecordFields, NewRecordOptions } from './NewRecordFields';
import { newKeyOf, newRef, type NewRecordDraft, type NewRecordDrafts } from './newRecordsModel';

interface Props {
  acts: ActDraft[];
  country: string;
  onChange: (acts: ActDraft[]) => void;
  /** Groups and perpetrators added from the form, created with the incident. */
  drafts: NewRecordDrafts;
  onDrafts: (drafts: NewRecordDrafts) => void;
}

/** The acts of an incident: each one violation against one targeted group, with its victims and perpetrators. */
export function ActsEditor({ acts, country, onChange, drafts, onDrafts }: Props) {
  const { t, label } = useI18n();
  const types = useTaxonomy('violation-types');
  const bases = useTaxonomy('identity-bases');
  const involvement = useTaxonomy('involvement-degrees');
  const groups = useRegistry('groups');
  const actors = useRegistry('actors');
  const set = (i: number, patch: Partial<ActDraft>) => onChange(acts.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const localGroups = groups.items.filter((g) => !country || !g.country || g.country === country);
  const localActors = actors.items.filter((a) => !country || !a.country || a.country === country);
  /** A new draft of `kind`, returned as the reference to put in the act. */
  const addDraft = (kind: 'groups' | 'actors', code: string) => {
    const key = newKey();
    onDrafts({ ...drafts, [kind]: [...drafts[kind], { key, name: '', code }] });
    return newRef(key);
  };
  const setDraft = (kind: 'groups' | 'actors', draft: NewRecordDraft) => onDrafts({ ...drafts, [kind]: drafts[kind].map((d) => (d.key === draft.key ? draft : d)) });
  const draftOf = (kind: 'groups' | 'actors', ref: string) => drafts[kind].find((d) => d.key === newKeyOf(ref));
  // A draft's sub-form is shown once, under the first act or perpetrator that names it.
  const firstGroupRef = (i: number) => acts.findIndex((a) => a.groupId === acts[i]!.groupId) === i;
  const firstActorRef = (i: number, j: number) => {
    const ref = acts[i]!.perpetrators[j]!.actorId;
    const a = acts.findIndex((x) => x.perpetrators.some((p) => p.actorId === ref));
    return a === i && acts[i]!.perpetrators.findIndex((p) => p.actorId === ref) === j;
  };

  return (
    <div className="acts">
      <p className="muted small">{t('form.actsHint')}</p>
      {acts.map((act, i) => {
        const level = types.byCode.get(act.violationType)?.pyramidLevel;
        return (
          <div key={act.key} className="subcard act" data-testid={`act-${i}`}>
            <div className="act-head">
              <h3>{t('form.act', { n: i + 1 })}</h3>
              {level && <LevelBadge level={level} withName />}
              {acts.length > 1 && (
                <button type="button" className="link danger" onClick={() => onChange(acts.filter((_, j) => j !== i))}>
                  {t('form.removeAct', { n: i + 1 })}
                </button>
              )}
            </div>
            <div className="row-fields">
              <Field field={`acts.${i}.violationType`} label={t('form.violationType')}>
                {(p) => (
                  <select {...p} value={act.violationType} onChange={(e) => set(i, { violationType: e.target.value })}>
                    <option value="">{t('form.choose')}</option>
                    <ViolationTypeOptions types={types} />
                  </select>
                )}
              </Field>
              <Field field={`acts.${i}.groupId`} label={t('form.targetedGroup')}>
                {(p) => (
                  <select
                    {...p}
                    value={act.groupId}
                    onChange={(e) => {
                      if (e.target.value === addNewValue) return set(i, { groupId: addDraft('groups', act.identityBasis) });
                      const g = groups.byId.get(e.target.value);
                      set(i, { groupId: e.target.value, identityBasis: g?.basis ?? act.identityBasis });
                    }}
                  >
                    <option value="">{t('form.noGroup')}</option>
                    {localGroups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                    <NewRecordOptions kind="groups" drafts={drafts.groups} />
                  </select>
                )}
              </Field>
              <Field field={`acts.${i}.identityBasis`} label={t('filters.basis')}>
                {(p) => (
                  <select {...p} value={act.identityBasis} onChange={(e) => set(i, { identityBasis: e.target.value })}>
                    <option value="">{t('form.basisFromGroup')}</option>
                    <TermOptions vocabulary={bases} />
                  </select>
                )}
              </Field>
            </div>
            {firstGroupRef(i) && draftOf('groups', act.groupId) && <NewRecordFields kind="groups" draft={draftOf('groups', act.groupId)!} onChange={(d) => setDraft('groups', d)} />}
            <fieldset className="victims">
              <legend>{t('form.victims')}</legend>
              {victimKinds.map((k) => (
                <Field key={k} field={`acts.${i}.victims.${k}`} label={t(`victims.${k}`)}>
                  {(p) => (
                    <input {...p} type="number" min={0} inputMode="numeric" value={act.victims[k]} onChange={(e) => set(i, { victims: { ...act.victims, [k]: e.target.value } })} />
                  )}
                </Field>
              ))}
            </fieldset>
            <fieldset className="perpetrators">
              <legend>{t('form.perpetrators')}</legend>
              {act.perpetrators.map((p, j) => (
                <Fragment key={j}>
                  <div className="row-fields perpetrator">
                    <Field field={`acts.${i}.perpetrators.${j}.actorId`} label={t('form.perpetrator')}>
                      {(fp) => (
                        <select
                          {...fp}
                          value={p.actorId}
                          onChange={(e) => {
                            const actorId = e.target.value === addNewValue ? addDraft('actors', '') : e.target.value;
                            set(i, { perpetrators: act.perpetrators.map((x, k) => (k === j ? { ...x, actorId } : x)) });
                          }}
                        >
                          <option value="">{t('form.choose')}</option>
                          {localActors.map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.name}
                            </option>
                          ))}
                          <NewRecordOptions kind="actors" drafts={drafts.actors} />
                        </select>
                      )}
                    </Field>
                    <Field field={`acts.${i}.perpetrators.${j}.involvement`} label={t('form.involvement')}>
                      {(fp) => (
                        <select {...fp} value={p.involvement} onChange={(e) => set(i, { perpetrators: act.perpetrators.map((x, k) => (k === j ? { ...x, involvement: e.target.value } : x)) })}>
                          <TermOptions vocabulary={involvement} />
                        </select>
                      )}
                    </Field>
                    <button type="button" className="link danger" onClick={() => set(i, { perpetrators: act.perpetrators.filter((_, k) => k !== j) })}>
                      {t('form.removePerpetrator')}
                    </button>
                  </div>
                  {firstActorRef(i, j) && draftOf('actors', p.actorId) && <NewRecordFields kind="actors" draft={draftOf('actors', p.actorId)!} onChange={(d) => setDraft('actors', d)} />}
                </Fragment>
              ))}
              <button type="button" className="secondary small" onClick={() => set(i, { perpetrators: [...act.perpetrators, { actorId: '', involvement: 'carried-out' }] })}>
                {t('form.addPerpetrator')}
              </button>
            </fieldset>
          </div>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange([...acts, emptyAct()])}>
        {t('form.addAct')}
      </button>
    </div>
  );
}
