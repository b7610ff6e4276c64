import { useState, type FormEvent } from 'react';
import { apiSend } from '../api/client';
import type { Incident } from '../api/types';
import { ErrorNote } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { Field, FieldErrors, useFieldErrors } from '../incidents/Field';
import { useRegistry, useTaxonomy } from '../vocab/vocab';
import { personRoles, sexes, type Person, type PersonRole, type Sex } from './types';

interface Props {
  incident: Incident;
  /** The person to edit; a new one when absent. */
  person?: Person;
  onSaved: () => void;
  onCancel: () => void;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Adds or edits a victim or witness: identifying fields first, then what the analysis may use. */
export function PersonForm({ incident, person, onSaved, onCancel }: Props) {
  const { t, label } = useI18n();
  const types = useTaxonomy('violation-types');
  const sources = useRegistry('sources');
  const id = person?.identity;
  // A stored incident's acts all have their ids: the links persons keep.
  const acts = incident.acts.flatMap((a) => (a.id ? [{ id: a.id, violationType: a.violationType }] : []));
  const [role, setRole] = useState<PersonRole>(person?.role ?? 'victim');
  const [name, setName] = useState(id?.name ?? '');
  const [aliases, setAliases] = useState((id?.aliases ?? []).join(', '));
  const [sex, setSex] = useState<Sex | ''>(person?.sex ?? '');
  const [age, setAge] = useState(person?.age?.toString() ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(id?.dateOfBirth ?? '');
  const [contacts, setContacts] = useState((id?.contacts ?? []).join('\n'));
  const [address, setAddress] = useState(id?.address ?? '');
  const [notes, setNotes] = useState(id?.notes ?? '');
  const [actIds, setActIds] = useState<string[]>(person?.actIds ?? []);
  const [sourceIds, setSourceIds] = useState<string[]>(person?.sourceIds ?? []);
  const { errors, file, clear } = useFieldErrors();
  const [failure, setFailure] = useState<Error>();
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const remove = async () => {
    if (!person) return;
    setFailure(undefined);
    try {
      await apiSend('DELETE', `/api/persons/${person.id}?version=${person.version}`);
      onSaved();
    } catch (err) {
      setFailure(err as Error);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFailure(undefined);
    const body = {
      role,
      name,
      aliases: aliases.split(',').map((a) => a.trim()).filter(Boolean),
      sex: sex || null,
      age: age === '' ? null : Number(age),
      dateOfBirth: dateOfBirth || null,
      contacts: lines(contacts),
      address,
      notes,
      actIds,
      sourceIds,
      photos: id?.photos ?? [],
    };
    try {
      if (person) await apiSend('PUT', `/api/persons/${person.id}`, { ...body, version: person.version });
      else await apiSend('POST', '/api/persons', { ...body, incidentId: incident.id });
      onSaved();
    } catch (err) {
      file(err);
      setFailure(err as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FieldErrors.Provider value={{ errors, clear }}>
      <form className="card person-form" onSubmit={submit} aria-labelledby="person-form-h" data-testid="person-form" noValidate>
        <h3 id="person-form-h">{person ? t('persons.editTitle', { pseudonym: t('persons.pseudonym', { role: t(`persons.role.${person.role}`), n: person.number }) }) : t('persons.addTitle')}</h3>
        {failure && <ErrorNote error={failure} />}
        <fieldset>
          <legend>{t('persons.identity')}</legend>
          <p className="muted">{t('persons.identityHint')}</p>
          <Field field="name" label={t('persons.name')}>
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
          </Field>
          <Field field="aliases" label={t('persons.aliases')} hint={t('persons.aliasesHint')}>
            {(p) => <input {...p} value={aliases} onChange={(e) => setAliases(e.target.value)} autoComplete="off" />}
          </Field>
          <Field field="dateOfBirth" label={t('persons.dateOfBirth')}>
            {(p) => <input {...p} type="date" value={dateOfBirth} onChange={(e) => setDateOfBirth(e.target.value)} />}
          </Field>
          <Field field="contacts" label={t('persons.contacts')} hint={t('persons.contactsHint')}>
            {(p) => <textarea {...p} rows={2} value={contacts} onChange={(e) => setContacts(e.target.value)} />}
          </Field>
          <Field field="address" label={t('persons.address')}>
            {(p) => <textarea {...p} rows={2} value={address} onChange={(e) => setAddress(e.target.value)} />}
          </Field>
          <Field field="notes" label={t('persons.notes')}>
            {(p) => <textarea {...p} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('persons.record')}</legend>
          <Field field="role" label={t('persons.role')}>
            {(p) => (
              <select {...p} value={role} onChange={(e) => setRole(e.target.value as PersonRole)}>
                {personRoles.map((r) => (
                  <option key={r} value={r}>
                    {t(`persons.role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field field="sex" label={t('persons.sex')}>
            {(p) => (
              <select {...p} value={sex} onChange={(e) => setSex(e.target.value as Sex | '')}>
                <option value="">—</option>
                {sexes.map((s) => (
                  <option key={s} value={s}>
                    {t(`persons.sex.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field field="age" label={t('persons.age')}>
            {(p) => <input {...p} type="number" min={0} max={130} inputMode="numeric" value={age} onChange={(e) => setAge(e.target.value)} />}
          </Field>
          {acts.length > 0 && (
            <fieldset className="person-acts">
              <legend>{t('persons.acts')}</legend>
              {acts.map((act, i) => (
                <label key={act.id} className="check">
                  <input
                    type="checkbox"
                    checked={actIds.includes(act.id)}
                    onChange={(e) => setActIds((ids) => (e.target.checked ? [...ids, act.id] : ids.filter((x) => x !== act.id)))}
                  />{' '}
                  {t('persons.actItem', { n: i + 1, type: label(types.byCode.get(act.violationType), act.violationType) })}
                </label>
              ))}
            </fieldset>
          )}
          {incident.sources.length > 0 && (
            <fieldset className="person-acts">
              <legend>{t('persons.sources')}</legend>
              {incident.sources.map((source) => (
                <label key={source.sourceId} className="check">
                  <input
                    type="checkbox"
                    checked={sourceIds.includes(source.sourceId)}
                    onChange={(e) => setSourceIds((ids) => (e.target.checked ? [...ids, source.sourceId] : ids.filter((x) => x !== source.sourceId)))}
                  />{' '}
                  {sources.byId.get(source.sourceId)?.name ?? t('common.unknownRecord')}
                </label>
              ))}
            </fieldset>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={saving}>
            {person ? t('persons.save') : t('persons.add')}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {person && !confirmDelete && (
            <button type="button" className="secondary danger" onClick={() => setConfirmDelete(true)}>
              {t('persons.delete')}
            </button>
          )}
        </div>
        {person && confirmDelete && (
          <div className="notice" role="alert">
            <p>{t('persons.deleteExplain')}</p>
            <div className="actions">
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('persons.deleteConfirm')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
      </form>
    </FieldErrors.Provider>
  );
}
