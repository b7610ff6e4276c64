import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../access/can';
import { apiSend } from '../api/client';
import { filterParams, type Filters } from '../filters/filters';
import { useI18n } from '../i18n/i18n';
import type { CaseFile } from './types';

/**
 * "Make a case from these 40 incidents": opens a case file from the incident list's current
 * filters (the server takes the same filters, through the same door, so the case joins exactly
 * the incidents the list shows this person).
 */
export function MakeCaseButton({ filters, total }: { filters: Filters; total: number | null | undefined }) {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  if (!can('cases.write')) return null;
  const make = async () => {
    setBusy(true);
    try {
      const made = await apiSend<CaseFile>('POST', '/api/cases', { title: t('cases.fromIncidentsTitle', { count: total ?? 0 }), incidentFilter: filterParams(filters) });
      navigate(`/cases/${made.id}`);
    } catch (err) {
      window.alert((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="secondary" onClick={() => void make()} disabled={!total || busy} data-testid="make-case">
      {t('cases.fromIncidents', { count: total ?? 0 })}
    </button>
  );
}
