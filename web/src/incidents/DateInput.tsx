import type { Precision } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { changePrecision, type DateDraft } from './formModel';
import type { FieldInputProps } from './Field';

/** A date written at the precision it is known: a day, a month or a year. */
export function DateInput({ value, onChange, input, name }: { value: DateDraft; onChange: (d: DateDraft) => void; input: FieldInputProps; name: string }) {
  const { t } = useI18n();
  const common = { ...input, value: value.value, onChange: (e: { target: { value: string } }) => onChange({ ...value, value: e.target.value }) };
  return (
    <span className="date-input">
      {value.precision === 'day' ? (
        <input type="date" max="9999-12-31" {...common} />
      ) : value.precision === 'month' ? (
        <input type="month" {...common} placeholder="YYYY-MM" />
      ) : (
        <input type="number" min={1800} max={9999} {...common} placeholder="YYYY" />
      )}
      <select aria-label={t('form.precisionOf', { name })} value={value.precision} onChange={(e) => onChange(changePrecision(value, e.target.value as Precision))}>
        <option value="day">{t('precision.day')}</option>
        <option value="month">{t('precision.month')}</option>
        <option value="year">{t('precision.year')}</option>
      </select>
    </span>
  );
}
