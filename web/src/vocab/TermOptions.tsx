import { useI18n } from '../i18n/i18n';
import type { Vocabulary } from './vocab';

/**
 * A vocabulary's terms as `<option>`s, valued by their stable code. `withCode` prefixes the
 * label with the code, for graded scales (pyramid levels 1–5, credibility 1–6).
 */
export function TermOptions({ vocabulary, withCode = false }: { vocabulary: Vocabulary; withCode?: boolean }) {
  const { label } = useI18n();
  return (
    <>
      {vocabulary.terms.map((term) => (
        <option key={term.code} value={term.code}>
          {withCode ? `${term.code} · ${label(term)}` : label(term)}
        </option>
      ))}
    </>
  );
}
