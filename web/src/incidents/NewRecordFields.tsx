import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import type { RegistryKind } from '../registry/kinds';
import { TermOptions } from '../vocab/TermOptions';
import { useTaxonomy } from '../vocab/vocab';
import { Field } from './Field';
import { newRecordField, type NewRecordDraft } from './newRecordsModel';

const vocabularies = { groups: 'identity-bases', actors: 'actor-kinds', sources: 'source-reliability' } as const;
const codeLabels = { groups: 'registry.field.basis', actors: 'registry.field.actorKind', sources: 'registry.field.reliability' } as const;

interface Props {
  kind: RegistryKind;
  draft: NewRecordDraft;
  onChange: (draft: NewRecordDraft) => void;
}

/**
 * The small sub-form of a group, perpetrator or source added from the incident form: its
 * name and what the API requires beside it. Nothing is sent until the incident is saved.
 */
export function NewRecordFields({ kind, draft, onChange }: Props) {
  const { t } = useI18n();
  const vocabulary = useTaxonomy(vocabularies[kind]);
  const name = useRef<HTMLInputElement>(null);
  // Opened by choosing "New group…": the next thing to type is its name.
  useEffect(() => name.current?.focus(), []);
  const headingId = `new-${kind}-${draft.key}`;
  return (
    <div className="new-record" role="group" aria-labelledby={headingId} data-testid={`new-${kind}`}>
      <p id={headingId} className="new-record-head">
        <strong>{t(`registry.${kind}.new`)}</strong> <span className="muted small">{t('registry.newHint')}</span>
      </p>
      <div className="row-fields">
        <Field field={newRecordField(kind, draft.key, 'name')} label={t('registry.field.name')}>
          {(p) => <input {...p} ref={name} value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} required maxLength={300} />}
        </Field>
        <Field field={newRecordField(kind, draft.key, 'code')} label={t(codeLabels[kind])}>
          {(p) => (
            <select {...p} value={draft.code} onChange={(e) => onChange({ ...draft, code: e.target.value })} required>
              <option value="">{t('form.choose')}</option>
              <TermOptions vocabulary={vocabulary} withCode={kind === 'sources'} />
            </select>
          )}
        </Field>
      </div>
    </div>
  );
}

/** The `<option>`s of a picker for the drafts of a kind, and the one that adds a draft. */
export function NewRecordOptions({ kind, drafts }: { kind: RegistryKind; drafts: readonly NewRecordDraft[] }) {
  const { t } = useI18n();
  return (
    <>
      {drafts.map((d) => (
        <option key={d.key} value={`new:${d.key}`}>
          {t('registry.newTag', { name: d.name.trim() || t('registry.unnamed') })}
        </option>
      ))}
      <option value={addNewValue}>{t(`registry.${kind}.option`)}</option>
    </>
  );
}

/** The value of the "New group…" option. */
export const addNewValue = '__new';
