import { Link } from 'react-router';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { today, type CalendarEntry } from './types';

/** Due dates, oldest first, each marked overdue or due, with its case (unless `hideCase`). */
export function CalendarList({ entries, hideCase = false, testId }: { entries: CalendarEntry[]; hideCase?: boolean; testId?: string }) {
  const { t, date } = useI18n();
  const now = today();
  if (entries.length === 0) return <p className="muted">{t('cases.calendar.empty')}</p>;
  return (
    <ul className="case-calendar" data-testid={testId}>
      {entries.map((e) => {
        const state = e.done ? 'done' : e.date < now ? 'overdue' : 'due';
        return (
          <li key={`${e.kind}-${e.ref}-${e.date}`} className={`case-due case-due-${state}`}>
            <time dateTime={e.date}>{date(e.date)}</time> <span className="case-due-state">{t(`cases.due.${state}` as MessageKey)}</span> {e.title}
            {!hideCase && (
              <>
                {' — '}
                <Link to={`/cases/${e.caseId}`}>{e.caseTitle}</Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
