import ical from 'ical-generator';
import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import { getCaseForums } from './forums.js';
import type { CalendarEntry, CalendarQuery } from './schema.js';
import { selectCasePage, selectDueDates } from './store.js';

/**
 * The case files' calendar (issue 18 §5): every due date of the cases the caller may read — open
 * tasks, the dates bodies set (observations and comments due, follow-up), and for a case not yet
 * submitted the submission deadlines of its target mechanisms — as JSON for the web
 * app and as an iCalendar feed (RFC 5545) for a calendar application. The feed is an API route like
 * any other: it needs the same session or `Authorization: Bearer` token (a token limited to
 * `cases.read` is the one to give a calendar client).
 */

/** `today` is the day a not-yet-submitted case is assessed for (its deadlines are computed as if submitted then). */
export async function caseCalendar(ctx: RequestContext, q: CalendarQuery, today: string): Promise<CalendarEntry[]> {
  requirePermission(ctx.actor.scope, 'cases.read');
  const rows = await selectDueDates(ctx.db, ctx.actor.scope, q);
  const due = rows.map((r): CalendarEntry => ({ date: r.due, kind: r.kind, title: r.title, caseId: r.caseId, caseTitle: r.caseTitle, ref: r.ref, done: r.done }));
  const inRange = (d: string) => (!q.from || d >= q.from) && (!q.to || d <= q.to);
  const deadlines = (await submissionDeadlines(ctx, today)).filter((e) => inRange(e.date));
  return [...due, ...deadlines].sort((a, b) => a.date.localeCompare(b.date) || a.caseId.localeCompare(b.caseId));
}

/** Cases not yet submitted: the ones whose submission deadlines the calendar shows. */
const beforeSubmission = new Set(['draft', 'preparing']);

/**
 * The submission deadlines of the cases the caller may read that are not submitted yet: for each
 * of its target mechanisms, the deadlines the admissibility check computes from the case's dates
 * (the earliest possible when a date is known only to the month or year).
 */
async function submissionDeadlines(ctx: RequestContext, today: string): Promise<CalendarEntry[]> {
  const out: CalendarEntry[] = [];
  let after: [string, string] | undefined;
  for (;;) {
    const rows = await selectCasePage(ctx.db, ctx.actor.scope, {}, after, 200);
    for (const c of rows.filter((r) => beforeSubmission.has(r.status) && r.targetMechanisms.length)) {
      const { forums } = await getCaseForums(ctx, c.id, today);
      for (const f of forums.filter((x) => c.targetMechanisms.includes(x.code))) {
        for (const d of f.deadlines) out.push({ date: d.date, kind: 'submission-deadline', title: `${f.code}: ${d.what}${d.conservative ? ' (earliest possible)' : ''}`, caseId: c.id, caseTitle: c.title, ref: null, done: false });
      }
    }
    if (rows.length < 200) return out;
    const last = rows[rows.length - 1]!;
    after = [last.updatedAt, last.id];
  }
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
      id: `${e.kind}-${e.ref ?? `${e.caseId}-${e.title}`}-${e.date}@precursor`,
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
