import { Link } from 'react-router';
import { useApi } from '../api/useApi';
import { useI18n } from '../i18n/i18n';
import { CalendarList } from './CalendarList';
import { daysFrom, today, type CalendarEntry } from './types';

/** The dashboard's reminders: case tasks and the dates bodies set, overdue or due in the next 30 days. */
export function CaseReminders() {
  const { t } = useI18n();
  const due = useApi<{ items: CalendarEntry[] }>(`/api/cases/calendar?to=${daysFrom(today(), 30)}`);
  if (!due.data) return null;
  return (
    <section className="card case-reminders" aria-labelledby="case-reminders-h" data-testid="case-reminders">
      <div className="card-head">
        <h2 id="case-reminders-h">{t('cases.reminders')}</h2>
        <Link to="/cases">{t('cases.openCases')}</Link>
      </div>
      <CalendarList entries={due.data.items} />
    </section>
  );
}
