import { createContext, useContext, type ReactNode } from 'react';
import { inputIdFor } from './formModel';

/** The API's field errors, by field path, for every Field under the form; editing a field clears its error. */
export const FieldErrors = createContext<{ errors: Map<string, string[]>; clear: (field: string) => void }>({ errors: new Map(), clear: () => {} });

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

/** A labelled input with its hint and the API's messages for that field, announced to screen readers. */
export function Field({ field, label, hint, className, children }: Props) {
  const context = useContext(FieldErrors);
  const errors = context.errors.get(field) ?? [];
  const id = inputIdFor(field);
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
          {errors.join('; ')}
        </small>
      )}
    </div>
  );
}
