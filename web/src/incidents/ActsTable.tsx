import type { Act } from '../api/types';
import { victimKinds } from '../api/types';
import { useI18n, type I18n } from '../i18n/i18n';
import type { Registry, Vocabulary } from '../vocab/vocab';
import { useTaxonomy } from '../vocab/vocab';
import type { Actor, Group } from '../api/types';
import { LevelBadge } from './LevelBadge';

const instruments = ['UDHR', 'ICCPR', 'ICESCR', 'ICERD', 'CEDAW', 'CAT', 'CRC', 'CRPD', 'ICPPED', 'GENOCIDE', 'ROME'] as const;

/** Keeps `5(d)(v)` in its own direction inside Arabic text (Unicode first-strong isolate). */
const isolate = (s: string) => `\u2068${s}\u2069`;

/** A treaty's full name in the user's language, for the abbreviation's title; unknown ones by their code. */
export function instrumentName(t: I18n['t'], instrument: string): string {
  return (instruments as readonly string[]).includes(instrument) ? t(`incidentPage.instrument.${instrument as (typeof instruments)[number]}`) : instrument;
}

/** The treaty articles one violation type engages, as the vocabulary maps them (`ICCPR art. 6(1)`). */
export function Provisions({ type, types }: { type: string; types: Vocabulary }) {
  const { t } = useI18n();
  const provisions = types.byCode.get(type)?.provisions ?? [];
  if (provisions.length === 0) return null;
  return (
    <ul className="provisions" aria-label={t('incidentPage.provisions')}>
      {provisions.map((p) => (
        <li key={`${p.instrument}-${p.article}`}>
          <abbr title={instrumentName(t, p.instrument)}>{t('incidentPage.article', { instrument: isolate(p.instrument === 'GENOCIDE' || p.instrument === 'ROME' ? t(`incidentPage.instrumentShort.${p.instrument}`) : p.instrument), article: isolate(p.article) })}</abbr>
        </li>
      ))}
    </ul>
  );
}

/** The incident's acts: violation (with the treaty articles it engages), targeted group, victims, perpetrators. */
export function ActsTable({ acts, groups, actors }: { acts: Act[]; groups: Registry<Group>; actors: Registry<Actor> }) {
  const { t, label, number } = useI18n();
  const types = useTaxonomy('violation-types');
  const involvement = useTaxonomy('involvement-degrees');
  const bases = useTaxonomy('identity-bases');
  const group = (gid: string | null) => (gid ? (groups.byId.get(gid)?.name ?? t('common.unknownRecord')) : t('form.noGroup'));
  return (
    <div className="table-scroll">
      <table className="acts-table">
        <thead>
          <tr>
            <th scope="col">{t('form.violationType')}</th>
            <th scope="col">{t('form.targetedGroup')}</th>
            <th scope="col">{t('form.victims')}</th>
            <th scope="col">{t('form.perpetrators')}</th>
          </tr>
        </thead>
        <tbody>
          {acts.map((a, i) => (
            <tr key={a.id ?? i} data-testid="act-row">
              <td>
                <LevelBadge level={a.pyramidLevel ?? 1} /> {label(types.byCode.get(a.violationType), a.violationType)}
                <Provisions type={a.violationType} types={types} />
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
      <p className="muted small">{t('incidentPage.provisionsHint')}</p>
    </div>
  );
}
