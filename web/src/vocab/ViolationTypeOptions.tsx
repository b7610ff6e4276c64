import { useI18n } from '../i18n/i18n';
import type { Vocabulary } from './vocab';

/** The violation types as `<option>`s grouped by pyramid level, for any select that picks one. */
export function ViolationTypeOptions({ types }: { types: Vocabulary }) {
  const { t, label } = useI18n();
  return (
    <>
      {[1, 2, 3, 4, 5].map((level) => (
        <optgroup key={level} label={t('level.short', { level })}>
          {types.terms
            .filter((x) => x.pyramidLevel === level)
            .map((x) => (
              <option key={x.code} value={x.code}>
                {label(x)}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
