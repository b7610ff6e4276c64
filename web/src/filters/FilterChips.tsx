import type { SetURLSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy } from '../vocab/vocab';
import { listFilterNames, withFilter, type Filters } from './filters';

interface Props {
  filters: Filters;
  params: URLSearchParams;
  setParams: SetURLSearchParams;
  hide?: (keyof Filters)[];
  names?: Partial<Record<keyof Filters, (value: string) => string>>;
}

/** The active filters as removable chips. */
export function FilterChips({ filters, params, setParams, hide = [], names = {} }: Props) {
  const { t, label } = useI18n();
  const bases = useTaxonomy('identity-bases');
  const verification = useTaxonomy('verification-statuses');
  const defaults: Partial<Record<keyof Filters, (value: string) => string>> = {
    basis: (c) => label(bases.byCode.get(c), c),
    verification: (c) => label(verification.byCode.get(c), c),
    level: (l) => t('level.short', { level: l }),
  };
  const chips: { name: keyof Filters; value: string; text: string }[] = [];
  for (const name of listFilterNames) {
    if (hide.includes(name)) continue;
    for (const v of filters[name]) {
      const value = String(v);
      chips.push({ name, value, text: (names[name] ?? defaults[name] ?? ((x: string) => x))(value) });
    }
  }
  for (const name of ['from', 'to', 'q'] as const) {
    const v = filters[name];
    if (v && !hide.includes(name)) chips.push({ name, value: v, text: v });
  }
  if (!chips.length) return null;
  const remove = (name: keyof Filters, value: string) => {
    const current = filters[name];
    const next = Array.isArray(current) ? current.map(String).filter((x) => x !== value) : undefined;
    setParams(withFilter(params, name, next));
  };
  return (
    <ul className="chips" aria-label={t('filters.active')}>
      {chips.map((c) => (
        <li key={`${c.name}:${c.value}`}>
          <span className="chip-name">{t(`filters.${c.name}`)}:</span> {c.text}
          <button type="button" onClick={() => remove(c.name, c.value)} aria-label={t('filters.remove', { name: t(`filters.${c.name}`), value: c.text })}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
