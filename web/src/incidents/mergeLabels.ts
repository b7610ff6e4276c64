import { useCallback } from 'react';
import type { MessageKey } from '../i18n/en';
import { actFieldLabels, incidentFieldLabels, sourceFieldLabels } from '../i18n/fieldLabels';
import { useI18n } from '../i18n/i18n';
import { useRegistry, useTaxonomy, type TaxonomyName } from '../vocab/vocab';
import { brief } from './audit';
import type { IncidentBody } from './formModel';
import { pathTarget } from './mergeModel';

/** The form's label of each field a merge path can end in. */
const fieldLabels: Record<string, MessageKey> = {
  ...incidentFieldLabels,
  ...actFieldLabels,
  ...sourceFieldLabels,
  pyramidLevelOverride: 'form.override',
  teams: 'access.teams',
  withhold: 'access.section',
  evidenceIds: 'evidence.title',
  identityBasis: 'merge.basis',
  'victims.killed': 'victims.killed',
  'victims.injured': 'victims.injured',
  'victims.detained': 'victims.detained',
  'victims.disappeared': 'victims.disappeared',
  'victims.displaced': 'victims.displaced',
  'victims.affected': 'victims.affected',
};

/** Fields whose values are vocabulary codes, shown by their label. */
const vocabularyOf: Record<string, TaxonomyName> = {
  verificationStatus: 'verification-statuses',
  confidentiality: 'confidentiality-levels',
  monitoringStatus: 'monitoring-statuses',
  violationType: 'violation-types',
  identityBasis: 'identity-bases',
};

/** Labels for merge paths and values in the reader's language: field labels, vocabulary labels, names not ids. */
export function useMergeLabels() {
  const { t, label } = useI18n();
  const vocabularies = {
    'verification-statuses': useTaxonomy('verification-statuses'),
    'confidentiality-levels': useTaxonomy('confidentiality-levels'),
    'monitoring-statuses': useTaxonomy('monitoring-statuses'),
    'violation-types': useTaxonomy('violation-types'),
    'identity-bases': useTaxonomy('identity-bases'),
  } as Record<TaxonomyName, ReturnType<typeof useTaxonomy>>;
  const groups = useRegistry('groups');
  const sources = useRegistry('sources');

  const fieldLabel = useCallback((field: string) => (fieldLabels[field] ? t(fieldLabels[field]) : field), [t]);

  const pathLabel = useCallback(
    (path: string, doc: IncidentBody): string => {
      const at = pathTarget(path, doc);
      if (at.kind === 'field') return fieldLabel(at.field);
      if (at.kind === 'act') {
        const act = at.n !== null ? t('merge.act', { n: at.n }) : t('merge.removedAct');
        return at.field ? `${act} · ${fieldLabel(at.field)}` : act;
      }
      if (at.kind === 'source') {
        const name = `${t('form.source')}: ${sources.byId.get(at.sourceId)?.name ?? t('common.unknownRecord')}`;
        return at.field ? `${name} · ${fieldLabel(at.field)}` : name;
      }
      return at.field ? `${t('merge.link')} · ${fieldLabel(at.field)}` : t('merge.link');
    },
    [t, fieldLabel, sources],
  );

  const valueText = useCallback(
    (path: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return path.split('.').length === 2 && /^(acts|sources|links)\./.test(path) ? t('merge.removed') : '—';
      const field = path.split('.').at(-1)!;
      const vocabulary = vocabularyOf[field];
      if (vocabulary && typeof value === 'string') return label(vocabularies[vocabulary].byCode.get(value), value);
      if (field === 'groupId' && typeof value === 'string') return groups.byId.get(value)?.name ?? value;
      if (typeof value === 'boolean') return value ? '✓' : '✗';
      if (typeof value === 'object' && 'violationType' in value) {
        // A whole act: its violation and the victims it counts.
        const act = value as { violationType: string; victims: Record<string, number> };
        const counts = Object.entries(act.victims)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${fieldLabel(`victims.${k}`)} ${n}`);
        return [label(vocabularies['violation-types'].byCode.get(act.violationType), act.violationType), ...counts].join(' · ');
      }
      // Text is shown whole: a person choosing between two narratives must read both.
      if (typeof value === 'string') return value;
      return brief(value, 400);
    },
    [t, label, vocabularies, groups, fieldLabel],
  );

  return { pathLabel, valueText };
}
