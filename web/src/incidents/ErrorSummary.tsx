import type { Ref } from 'react';
import type { FieldProblem, Problem } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { fieldLabel, problemMessage, type ProblemNames } from '../i18n/problems';
import { inputIdFor } from './formModel';

interface Props {
  problem: Problem;
  /** The field problems not yet fixed since the last save. */
  remaining: readonly FieldProblem[];
  names?: ProblemNames;
  ref?: Ref<HTMLDivElement>;
}

/**
 * What stopped a save, at the top of the form: each field problem by the field's label and
 * the problem's message in the reader's language, linked to the field. A problem without
 * fields (a server fault, a network error) keeps the server's own words, marked as English.
 */
export function ErrorSummary({ problem, remaining, names, ref }: Props) {
  const { t } = useI18n();
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" role="alert" aria-labelledby="error-summary-h" data-testid="error-summary">
      <h2 id="error-summary-h">{remaining.length ? t('form.fixErrors', { count: remaining.length }) : problem.status ? t('problem.notSaved') : problem.title}</h2>
      {remaining.length ? (
        <ul>
          {remaining.map((x, i) => (
            <li key={i}>
              <a href={`#${inputIdFor(x.field)}`}>{t('problem.summaryItem', { field: fieldLabel(t, x.field), message: problemMessage(t, x, names) })}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p lang="en" dir="auto">
          {problem.detail}
        </p>
      )}
    </div>
  );
}
