import { useState } from 'react';
import type { Incident } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { IncidentBody } from './formModel';
import { useMergeLabels } from './mergeLabels';
import { allDecided, resolveMerge, type Choice, type MergeProposal } from './mergeModel';

interface Props {
  current: Incident;
  merge: MergeProposal;
  saving: boolean;
  /** Saves the merged document with every conflict decided. */
  onSave: (resolved: IncidentBody) => void;
  onDiscardMine: () => void;
}

/**
 * A save that clashed with one saved meanwhile: only the fields both people changed, each
 * with what it was, their value and mine, and a choice. Everything else the other person
 * changed is already in the merge, so deciding these cannot lose their work.
 */
export function ConflictView({ current, merge, saving, onSave, onDiscardMine }: Props) {
  const { t, dateTime } = useI18n();
  const { pathLabel, valueText } = useMergeLabels();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const decided = allDecided(merge.conflicts, choices);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-h" data-testid="conflict">
      <h2 id="conflict-h">{t('merge.title')}</h2>
      <p>{t('merge.explain', { version: merge.theirsVersion, who: current.updatedBy, when: dateTime(current.updatedAt) })}</p>
      <p className="muted small">{t('merge.count', { count: merge.conflicts.length })}</p>
      {merge.conflicts.map((c, i) => {
        const name = `merge-choice-${i}`;
        return (
          <fieldset key={c.path} className="merge-conflict" data-testid="merge-conflict" data-path={c.path}>
            <legend>{pathLabel(c.path, merge.merged)}</legend>
            {merge.baseFound && <p className="merge-base muted small">{t('merge.base', { version: merge.baseVersion, value: valueText(c.path, c.base) })}</p>}
            <label className="merge-option theirs">
              <input type="radio" name={name} checked={choices[c.path] === 'theirs'} onChange={() => setChoices((s) => ({ ...s, [c.path]: 'theirs' }))} />
              <span>{t('merge.takeTheirs', { version: merge.theirsVersion, value: valueText(c.path, c.theirs) })}</span>
            </label>
            <label className="merge-option mine">
              <input type="radio" name={name} checked={choices[c.path] === 'mine'} onChange={() => setChoices((s) => ({ ...s, [c.path]: 'mine' }))} />
              <span>{t('merge.keepMine', { value: valueText(c.path, c.mine) })}</span>
            </label>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" disabled={!decided || saving} aria-describedby={decided ? undefined : 'merge-decide-all'} onClick={() => onSave(resolveMerge(merge, choices))} data-testid="save-merge">
          {saving ? t('form.saving') : t('merge.save')}
        </button>
        <button type="button" className="secondary" onClick={onDiscardMine}>
          {t('merge.discard')}
        </button>
      </div>
      {!decided && (
        <p id="merge-decide-all" className="muted small">
          {t('merge.decideAll')}
        </p>
      )}
    </section>
  );
}
