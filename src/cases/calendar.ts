import ical from 'ical-generator';
import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import type { CalendarEntry, CalendarQuery } from './schema.js';
import { selectDueDates } from './store.js';

/**
 * The case files' calendar (issue 18 §5): every due date of the cases the caller may read — open
 * tasks, the dates bodies set (observations and comments due, follow-up) — as JSON for the web
 * app and as an iCalendar feed (RFC 5545) for a calendar application. The feed is an API route like
 * any other: it needs the same session or `Authorization: Bearer` token (a token limited to
 * `cases.read` is the one to give a calendar client).
 */

export async function caseCalendar(ctx: RequestContext, q: CalendarQuery): Promise<CalendarEntry[]> {
  requirePermission(ctx.actor.scope, 'cases.read');
  const rows = await selectDueDates(ctx.db, ctx.actor.scope, q);
  return rows.map((r) => ({ date: r.due, kind: r.kind, title: r.title, caseId: r.caseId, caseTitle: r.caseTitle, ref: r.ref, done: r.done }));
}

/**
 * The entries as an iCalendar document: one all-day event each, with a UID stable across
 * downloads (the entry's kind and id), so a subscribed calendar updates events rather than
 * doubling them. `stamp` is the time of the download (DTSTAMP), passed in to keep this pure.
 */
export function calendarIcs(entries: CalendarEntry[], stamp: Date, baseUrl?: string): string {
  const cal = ical({ name: 'Precursor case deadlines', prodId: { company: 'precursor', product: 'cases', language: 'EN' } });
  for (const e of entries) {
    cal.createEvent({
      id: `${e.kind}-${e.ref ?? e.caseId}-${e.date}@precursor`,
      start: new Date(`${e.date}T00:00:00Z`),
      allDay: true,
      stamp,
      summary: `${e.done ? '[done] ' : ''}${e.title}`,
      description: `Case: ${e.caseTitle}`,
      url: baseUrl ? `${baseUrl}/cases/${e.caseId}` : null,
    });
  }
  return cal.toString();
}
