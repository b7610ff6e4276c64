import { useState } from 'react';
import type { Incident } from '../api/types';
import { useApi } from '../api/useApi';
import { ErrorNote, Loading } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { ConsentForm } from './ConsentForm';
import { PersonForm } from './PersonForm';
import type { Person } from './types';

type Mode = { kind: 'add' } | { kind: 'edit'; person: Person } | { kind: 'consent'; person: Person } | null;

/**
 * The victims and witnesses of an incident. A reader whose role may not see identities gets
 * them from the API as null, and sees each person by pseudonym ("Victim 3") only.
 */
export function PersonsSection({ incident }: { incident: Incident }) {
  const { t, date } = useI18n();
  const [reload, setReload] = useState(0);
  const [mode, setMode] = useState<Mode>(null);
  const persons = useApi<{ items: Person[] }>(`/api/persons?incidentId=${incident.id}`, reload);
  const done = () => {
    setMode(null);
    setReload((r) => r + 1);
  };
  // A role without persons.read gets 403: the section says so rather than failing the page.
  if (persons.error && 'status' in persons.error && persons.error.status === 403) {
    return (
      <section aria-labelledby="persons-h" data-testid="persons">
        <h2 id="persons-h">{t('persons.title')}</h2>
        <p className="muted">{t('persons.notAllowed')}</p>
      </section>
    );
  }
  const items = persons.data?.items ?? [];
  const consentText = (p: Person) =>
    p.consent.status === 'given'
      ? t('persons.consentGiven', { scope: t(`persons.scope.${p.consent.scope!}`), date: date(p.consent.givenOn!) })
      : p.consent.status === 'withdrawn'
        ? t('persons.consentWithdrawn', { date: date(p.consent.withdrawnOn!) })
        : t('persons.consentNone');

  return (
    <section aria-labelledby="persons-h" data-testid="persons">
      <h2 id="persons-h">{t('persons.title')}</h2>
      {persons.error && <ErrorNote error={persons.error} />}
      {!persons.data && !persons.error && <Loading />}
      {persons.data &&
        (items.length === 0 ? (
          <p className="muted">{t('persons.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="persons-table">
              <thead>
                <tr>
                  <th scope="col">{t('persons.person')}</th>
                  <th scope="col">{t('persons.name')}</th>
                  <th scope="col">{t('persons.role')}</th>
                  <th scope="col">{t('persons.sexAge')}</th>
                  <th scope="col">{t('persons.consent')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('persons.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} data-testid="person-row">
                    <th scope="row">{t('persons.pseudonym', { role: t(`persons.role.${p.role}`), n: p.number })}</th>
                    <td>{p.identity ? <bdi>{p.identity.name}</bdi> : <span className="muted">{t('persons.withheld')}</span>}</td>
                    <td>{t(`persons.role.${p.role}`)}</td>
                    <td>{[p.sex ? t(`persons.sex.${p.sex}`) : '', p.age !== null ? t('persons.ageYears', { age: p.age }) : ''].filter(Boolean).join(t('persons.separator')) || '—'}</td>
                    <td data-testid="consent-status">{consentText(p)}</td>
                    <td className="row-actions">
                      {p.identity && (
                        <>
                          <button type="button" className="secondary" onClick={() => setMode({ kind: 'edit', person: p })}>
                            {t('persons.edit')}
                          </button>{' '}
                          <button type="button" className="secondary" onClick={() => setMode({ kind: 'consent', person: p })}>
                            {t('persons.consentButton')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {mode?.kind === 'add' || mode?.kind === 'edit' ? (
        <PersonForm key={mode.kind === 'edit' ? mode.person.id : 'new'} incident={incident} person={mode.kind === 'edit' ? mode.person : undefined} onSaved={done} onCancel={() => setMode(null)} />
      ) : mode?.kind === 'consent' ? (
        <ConsentForm key={mode.person.id} person={mode.person} onSaved={done} onCancel={() => setMode(null)} />
      ) : (
        !incident.deletedAt && (
          <button type="button" className="secondary" onClick={() => setMode({ kind: 'add' })}>
            {t('persons.addButton')}
          </button>
        )
      )}
    </section>
  );
}
