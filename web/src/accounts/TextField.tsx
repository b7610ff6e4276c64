import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
};

/**
 * One labelled text input of the account forms (first run, sign-in, own account): the label tied
 * to the input, an optional hint below it; every other attribute (type, autoComplete, required…)
 * goes to the input.
 */
export function TextField({ id, label, value, onValue, hint, ...input }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onValue(e.target.value)} {...input} />
      {hint && <small className="muted">{hint}</small>}
    </div>
  );
}
