import type { Incident } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { Difference } from './formModel';

interface Props {
  current: Incident;
  diffs: Difference[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** A stale save: both versions side by side, and the choice of which to keep — nothing is lost silently. */
export function ConflictView({ current, diffs, onKeepMine, onTakeTheirs }: Props) {
  const { t, dateTime } = useI18n();
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-h" data-testid="conflict">
      <h2 id="conflict-h">{t('conflict.title')}</h2>
      <p>{t('conflict.explain', { version: current.version, who: current.updatedBy, when: dateTime(current.updatedAt) })}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs', { version: current.version })}</th>
            </tr>
          </thead>
          <tbody>
            {diffs.map((d) => (
              <tr key={d.field}>
                <th scope="row">{d.field}</th>
                <td className="mine">{d.mine}</td>
                <td className="theirs">{d.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine', { version: current.version })}
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}
