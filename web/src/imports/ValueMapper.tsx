import { useState } from 'react';
import type { ImportPreview } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useTaxonomy, type TaxonomyName } from '../vocab/vocab';
import { valueTarget, vocabularyOf, type ValueMapping } from './mappingModel';

export interface ValueChoice extends ValueMapping {
  target: string;
  value: string;
}

/** Sentinel of the select: the value is deliberately not imported (the mapping's `code: null`). */
const leaveOut = '\u0000leave-out';

/**
 * The source's codes no value mapping names, each with a choice of our code and the reason for
 * it (the issue asks every value mapping to carry its reasoning). Only the rows filled in are saved.
 */
export function ValueMapper({ unknownCodes, busy, onSave }: { unknownCodes: ImportPreview['unknownCodes']; busy: boolean; onSave: (choices: ValueChoice[]) => void }) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, { code: string; why: string }>>({});
  const keyOf = (u: { target: string; value: string }) => `${u.target}\u0000${u.value}`;
  const ready = unknownCodes
    .map((u) => ({ u, c: choices[keyOf(u)] }))
    .filter(({ c }) => c && c.code && c.why.trim())
    .map(({ u, c }) => ({ target: valueTarget(u.target), value: u.value, code: c!.code === leaveOut ? null : c!.code, why: c!.why.trim() }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready.length) onSave(ready);
      }}
    >
      <div className="table-scroll">
        <table className="value-mapper" data-testid="value-mapper">
          <caption className="visually-hidden">{t('import.unknownCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.field')}</th>
              <th scope="col">{t('import.sourceValue')}</th>
              <th scope="col">{t('import.seen')}</th>
              <th scope="col">{t('import.ourCode')}</th>
              <th scope="col">{t('import.why')}</th>
            </tr>
          </thead>
          <tbody>
            {unknownCodes.map((u, i) => {
              const key = keyOf(u);
              const choice = choices[key] ?? { code: '', why: '' };
              const set = (change: Partial<typeof choice>) => setChoices((all) => ({ ...all, [key]: { ...choice, ...change } }));
              return (
                <tr key={key}>
                  <td>{valueTarget(u.target)}</td>
                  <th scope="row">
                    <code>{u.value}</code>
                  </th>
                  <td className="num">{u.count}</td>
                  <td>
                    <CodeInput id={`value-code-${i}`} label={t('import.ourCodeFor', { value: u.value })} vocabulary={vocabularyOf[valueTarget(u.target)]} value={choice.code} onChange={(code) => set({ code })} />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`value-why-${i}`}>
                      {t('import.whyFor', { value: u.value })}
                    </label>
                    <input id={`value-why-${i}`} value={choice.why} onChange={(e) => set({ why: e.target.value })} placeholder={t('import.whyPlaceholder')} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">{t('import.valueHint')}</p>
      <button type="submit" disabled={busy || !ready.length} data-testid="save-values">
        {t('import.saveValues', { count: ready.length })}
      </button>
    </form>
  );
}

function CodeInput({ id, label: text, vocabulary, value, onChange }: { id: string; label: string; vocabulary: TaxonomyName | undefined; value: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {text}
      </label>
      {vocabulary ? <VocabularySelect id={id} vocabulary={vocabulary} value={value} onChange={onChange} /> : <input id={id} value={value} onChange={(e) => onChange(e.target.value)} placeholder={t('import.codePlaceholder')} />}
    </>
  );
}

function VocabularySelect({ id, vocabulary, value, onChange }: { id: string; vocabulary: TaxonomyName; value: string; onChange: (code: string) => void }) {
  const { t, label } = useI18n();
  const { terms } = useTaxonomy(vocabulary);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('import.chooseCode')}</option>
      <option value={leaveOut}>{t('import.leaveOut')}</option>
      {terms.map((term) => (
        <option key={term.code} value={term.code}>
          {label(term)}
        </option>
      ))}
    </select>
  );
}
