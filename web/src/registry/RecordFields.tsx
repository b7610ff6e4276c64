import { Field } from '../incidents/Field';
import { useI18n, type I18n } from '../i18n/i18n';
import { TermOptions } from '../vocab/TermOptions';
import { useTaxonomy } from '../vocab/vocab';
import { formFields, type DraftField, type RecordDraft, type RegistryKind } from './kinds';

interface Props {
  kind: RegistryKind;
  draft: RecordDraft;
  onChange: (draft: RecordDraft) => void;
  disabled?: boolean;
}

/** Kinds of source the field suggests; the API takes any short word. */
const sourceKinds = ['ngo', 'media', 'un', 'government', 'individual', 'other'];

const fieldLabel = (t: I18n['t'], kind: RegistryKind, field: DraftField) =>
  field === 'kind' ? t(kind === 'actors' ? 'registry.field.actorKind' : 'registry.field.sourceKind') : t(`registry.field.${field}` as 'registry.field.name');

/** The inputs of a group, perpetrator or source, named by their API fields so the API's errors land under them. */
export function RecordFields({ kind, draft, onChange, disabled = false }: Props) {
  const { t } = useI18n();
  const bases = useTaxonomy('identity-bases');
  const actorKinds = useTaxonomy('actor-kinds');
  const reliability = useTaxonomy('source-reliability');
  const countingUnits = useTaxonomy('counting-units');
  const countries = useTaxonomy('countries');
  const set = (field: DraftField, value: string) => onChange({ ...draft, [field]: value });

  const input = (field: DraftField) => {
    const value = draft[field] ?? '';
    const common = { value, disabled, onChange: (e: { target: { value: string } }) => set(field, e.target.value) };
    switch (field) {
      case 'basis':
      case 'reliability':
      case 'countingUnit':
        return (p: object) => (
          <select {...p} {...common} required={field !== 'countingUnit'}>
            {field !== 'countingUnit' && <option value="">{t('form.choose')}</option>}
            <TermOptions vocabulary={field === 'basis' ? bases : field === 'reliability' ? reliability : countingUnits} withCode={field === 'reliability'} />
          </select>
        );
      case 'kind':
        return kind === 'actors'
          ? (p: object) => (
              <select {...p} {...common} required>
                <option value="">{t('form.choose')}</option>
                <TermOptions vocabulary={actorKinds} />
              </select>
            )
          : (p: object) => (
              <>
                <input {...p} {...common} list="source-kinds" maxLength={100} />
                <datalist id="source-kinds">
                  {sourceKinds.map((k) => (
                    <option key={k} value={k} />
                  ))}
                </datalist>
              </>
            );
      case 'country':
        return (p: object) => (
          <select {...p} {...common}>
            <option value="">{t('registry.field.noCountry')}</option>
            <TermOptions vocabulary={countries} />
          </select>
        );
      case 'aliases':
      case 'description':
        return (p: object) => <textarea {...p} {...common} rows={field === 'aliases' ? 3 : 4} />;
      case 'sizeEstimate':
        return (p: object) => <input {...p} {...common} inputMode="numeric" />;
      case 'url':
        return (p: object) => <input {...p} {...common} type="url" inputMode="url" />;
      default:
        return (p: object) => <input {...p} {...common} required maxLength={300} />;
    }
  };
  const hints: Partial<Record<DraftField, string>> = {
    aliases: t('registry.field.aliasesHint'),
    ...(kind === 'sources' ? { kind: t('registry.field.sourceKindHint') } : {}),
  };
  return (
    <div className="record-fields">
      {formFields[kind].map((field) => (
        <Field key={field} field={field} label={fieldLabel(t, kind, field)} hint={hints[field]} className={field === 'description' || field === 'aliases' ? 'wide' : undefined}>
          {input(field)}
        </Field>
      ))}
    </div>
  );
}
