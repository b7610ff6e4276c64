import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { periodFieldProblem } from './filterDate';

interface Props {
  name: 'from' | 'to';
  /** The value in the page URL, as written there (it may be one the API would refuse). */
  value: string | undefined;
  /** The other end of the period, to check the order against. */
  other: string | undefined;
  onCommit: (value: string | undefined) => void;
  /** The API's message when it refused this filter (problem+json errors[].field). */
  fault?: string | undefined;
}

/**
 * A period's start or end, written at the precision it is known — `2025`, `2025-06` or
 * `2025-06-14`, as incidents are dated. It is committed on blur or Enter only, never per
 * keystroke (typing `2025` must not send `2`, `20`, `202`), and checked first: what cannot be
 * sent is named under the field, including a bad value that came in the URL.
 */
export function DateFilterField({ name, value, other, onCommit, fault }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const written = text.trim();
  const problem = periodFieldProblem(name, written, other);
  // The message shows once the person leaves the field (or at once for a value from the URL), not mid-typing.
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(false), [value]);
  const fromUrl = written === (value ?? '') && written !== '';
  const visible = (problem !== undefined && (shown || fromUrl)) || Boolean(fault);
  const commit = () => {
    setShown(true);
    if (problem === undefined && written !== (value ?? '')) onCommit(written || undefined);
  };
  return (
    <label className="date-filter">
      <span>{t(`filters.${name}`)}</span>
      <input
        id={id}
        name={name}
        inputMode="numeric"
        // A date is written left to right in every language (2025-06-14).
        dir="ltr"
        autoComplete="off"
        placeholder={t('period.placeholder')}
        value={text}
        aria-invalid={visible}
        aria-describedby={`${id}-note`}
        data-testid={`period-${name}`}
        onChange={(e) => {
          setText(e.target.value);
          setShown(false);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          commit();
        }}
      />
      <small id={`${id}-note`} className={visible ? 'field-error' : 'muted'} role={visible ? 'alert' : undefined}>
        {problem !== undefined && visible ? t(`period.${problem}`) : fault && visible ? fault : t('period.hint')}
      </small>
    </label>
  );
}
