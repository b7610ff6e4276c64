import { createContext, useContext, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { FieldProblem } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { problemMessage, type ProblemNames } from '../i18n/problems';
import { inputIdFor } from './formModel';

/**
 * The API's field problems, by field path, for every Field under the form; editing a field
 * clears its problems. `names` turns codes in their params (countries) into names; `idPrefix`
 * keeps inputs' ids apart where several forms share a page (the case page's `body` of a remedy
 * and of a procedure).
 */
export const FieldErrors = createContext<{ errors: Map<string, FieldProblem[]>; clear: (field: string) => void; names?: ProblemNames; idPrefix?: string }>({
  errors: new Map(),
  clear: () => {},
});

/**
 * One form's field problems, for FieldErrors: `file(err, shown)` files an API error's problems
 * under their fields (only those of `shown`, when given) and says whether anything is left that
 * no field shows (the form shows that above itself); `clear` drops a field's problems as it is
 * edited; `reset` drops them all before a new submit.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState(new Map<string, FieldProblem[]>());
  const file = (err: unknown, shown?: readonly string[]): boolean => {
    const problems = err instanceof ApiError ? (err.problem.errors ?? []) : [];
    const byField = new Map<string, FieldProblem[]>();
    for (const p of problems) if (!shown || shown.includes(p.field)) byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
    setErrors(byField);
    return problems.length === 0 || problems.some((p) => shown !== undefined && !shown.includes(p.field));
  };
  const clear = (field: string) =>
    setErrors((e) => {
      const next = new Map(e);
      next.delete(field);
      return next;
    });
  return { errors, file, clear, reset: () => setErrors(new Map()) };
}

export interface FieldInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface Props {
  /** The API field path (`acts.0.violationType`); gives the input's id and its errors. */
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  children: (input: FieldInputProps) => ReactNode;
}

/** A labelled input with its hint and the API's problems with that field, translated and announced to screen readers. */
export function Field({ field, label, hint, className, children }: Props) {
  const { t } = useI18n();
  const context = useContext(FieldErrors);
  const errors = (context.errors.get(field) ?? []).map((problem) => problemMessage(t, problem, context.names));
  const id = `${context.idPrefix ?? ''}${inputIdFor(field)}`;
  const described = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors.length ? ' invalid' : ''}${className ? ` ${className}` : ''}`} onChange={errors.length ? () => context.clear(field) : undefined}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length > 0, 'aria-describedby': described })}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {errors.length > 0 && (
        <small id={`${id}-error`} className="field-error">
          {errors.join(' ')}
        </small>
      )}
    </div>
  );
}
