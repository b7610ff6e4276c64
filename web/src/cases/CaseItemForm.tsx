import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNote } from '../app/Loading';
import { useI18n } from '../i18n/i18n';
import { FieldErrors, useFieldErrors } from '../incidents/Field';

/** Writes one change to the case and reloads it; rejects with the API's error, for the form to show. */
export type CaseWrite = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) => Promise<void>;

interface Props {
  /** Keeps this form's input ids apart from the other forms' on the page (`victim-`). */
  idPrefix: string;
  /** The API fields this form shows (`description`, `evidenceIds.0`): their problems go under them, any other above the form. */
  fields: readonly string[];
  /** Sends the form and clears it once saved; rejects with the API's error. */
  onSubmit: () => Promise<void>;
  submitLabel: string;
  /** The form's accessible name. */
  label: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A form that adds one item to a case (a victim, a remedy, a requested measure …): the API's field
 * problems are shown under their fields (Field), translated and announced; a problem with a field
 * the form does not show, or an error without fields, is shown above it.
 */
export function CaseItemForm({ idPrefix, fields, onSubmit, submitLabel, label, testId, children }: Props) {
  const { t } = useI18n();
  const { errors, file, clear, reset } = useFieldErrors();
  const [failure, setFailure] = useState<Error>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFailure(undefined);
    reset();
    try {
      await onSubmit();
    } catch (err) {
      if (file(err, fields)) setFailure(err as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FieldErrors.Provider value={{ errors, clear, idPrefix }}>
      <form className="case-form case-item-form" onSubmit={submit} aria-label={label} data-testid={testId} noValidate>
        {failure && <ErrorNote error={failure} />}
        {errors.size > 0 && (
          <p className="field-error case-form-note" role="alert">
            {t('cases.form.checkFields')}
          </p>
        )}
        <div className="case-form-fields">
          {children}
          <button type="submit" disabled={saving}>
            {submitLabel}
          </button>
        </div>
      </form>
    </FieldErrors.Provider>
  );
}

/** A yes / no / unknown choice as a select's value, and back. */
export const triState = {
  toValue: (b: boolean | null) => (b === true ? 'yes' : b === false ? 'no' : ''),
  fromValue: (v: string) => (v === 'yes' ? true : v === 'no' ? false : null),
};
