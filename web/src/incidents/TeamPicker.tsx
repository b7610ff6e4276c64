import type { TeamName } from '../access/teams';
import { useI18n } from '../i18n/i18n';
import { Field } from './Field';

interface Props {
  teams: TeamName[];
  picked: string[];
  onPick: (picked: string[]) => void;
  /** Other team ids as typed (a team of another installation). */
  other: string;
  onOther: (text: string) => void;
}

/** The teams an incident is restricted to: this server's teams ticked by name, any other team id typed. */
export function TeamPicker({ teams, picked, onPick, other, onOther }: Props) {
  const { t } = useI18n();
  const toggle = (id: string) => onPick(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]);
  return (
    <>
      <fieldset className="team-picker" data-testid="team-picker">
        <legend>{t('access.teams')}</legend>
        {teams.length ? (
          teams.map((team) => (
            <label key={team.id} className="check">
              <input type="checkbox" checked={picked.includes(team.id)} onChange={() => toggle(team.id)} /> {team.name}
            </label>
          ))
        ) : (
          <p className="muted">{t('teams.none')}</p>
        )}
        <small className="muted">{t('teams.pickerHint')}</small>
      </fieldset>
      <Field field="teams" label={t('teams.otherIds')}>
        {(p) => <input {...p} value={other} onChange={(e) => onOther(e.target.value)} />}
      </Field>
    </>
  );
}
