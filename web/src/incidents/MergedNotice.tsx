import { useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** Navigation state the form leaves after a save that merged another person's changes. */
export interface MergedState {
  /** The labels of the fields taken from the version saved meanwhile. */
  mergedFields?: string[];
}

/** After a clean merge: which of the other person's changes were kept beside mine, so nothing changes unseen. */
export function MergedNotice() {
  const { t, lang } = useI18n();
  const fields = (useLocation().state as MergedState | null)?.mergedFields;
  if (!fields?.length) return null;
  return (
    <p className="notice merged-notice" role="status" data-testid="merged-notice">
      {t('merge.notice', { fields: new Intl.ListFormat(lang, { type: 'conjunction' }).format(fields) })}
    </p>
  );
}
