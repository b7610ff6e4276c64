import { formatCheck } from './formatCheck.js';
import type { CalendarEntry, CaseDetailOut, CaseSummaryOut } from './schema.js';
import type { ForumAnswer } from './types.js';

/** Case files as text for the terminal. */

export function formatCaseList(items: CaseSummaryOut[]): string {
  if (items.length === 0) return 'no case files\n';
  return `${items.map((c) => `${c.id}  ${c.status.padEnd(10)} ${c.country}  ${String(c.incidents).padStart(4)} incidents  next due ${c.nextDue ?? '—'}  ${c.title}`).join('\n')}\n`;
}

export function formatCase(c: CaseDetailOut): string {
  const lines = [`${c.title} (${c.id}, version ${c.version})`, `${c.status} · against ${c.country} · owner ${c.ownerId ?? '—'} · ${c.confidentiality}${c.teams.length ? ` · teams ${c.teams.join(', ')}` : ''}`];
  if (c.summary) lines.push('', c.summary);
  lines.push('', `Target mechanisms: ${c.targetMechanisms.join(', ') || '—'}`, `Provisions engaged: ${c.provisions.join('; ') || '—'}`);
  const suggested = c.suggestedProvisions.filter((p) => !p.engaged).slice(0, 8);
  if (suggested.length) lines.push(`Suggested by the incidents: ${suggested.map((p) => `${p.provision} (${p.incidents})`).join('; ')}`);
  lines.push('', `Incidents: ${c.incidentIds.length}${c.withheldIncidents ? ' (and some you may not read)' : ''}`);
  lines.push('', 'Victims:', ...(c.victims.length ? c.victims.map((v) => `  - ${v.description}${v.consent === true ? ' (consent)' : v.consent === false ? ' (no consent)' : ''}`) : ['  —']));
  lines.push('', 'Domestic remedies:', ...(c.remedies.length ? c.remedies.map((r) => (r.notPursuedReason ? `  - not pursued: ${r.body ?? '—'} — ${r.notPursuedReason}` : `  - ${r.body ?? '—'}: filed ${r.filed ?? '?'}, decided ${r.decided ?? '—'}${r.outcome ? `, ${r.outcome}` : ''}${r.final ? ' (final)' : ''}`)) : ['  —']));
  if (c.remediesException) lines.push(`  exception claimed: ${c.remediesException}`);
  lines.push('', 'Other international procedures:', ...(c.procedures.length ? c.procedures.map((p) => `  - ${p.body ?? '—'}: ${p.status ?? '?'}, submitted ${p.submitted ?? '?'}${p.decided ? `, decided ${p.decided}` : ''}`) : ['  —']));
  lines.push(
    '',
    'Requested measures:',
    ...(c.requestedMeasures.length ? c.requestedMeasures.map((m) => `  - [${m.kind}, ${m.status}] ${m.text}${m.addressedTo ? ` — addressed to ${m.addressedTo}` : ''} (${m.id})`) : ['  —']),
  );
  lines.push('', 'Tasks:', ...(c.tasks.length ? c.tasks.map((t) => `  [${t.done ? 'x' : ' '}] ${t.due ?? '—'}  ${t.title}${t.assignee ? ` (${t.assignee})` : ''}`) : ['  —']));
  lines.push(
    '',
    'Outcomes:',
    ...(c.outcomes.length
      ? c.outcomes.flatMap((o) => [`  - ${o.mechanism} ${o.kind} ${o.date ?? ''}${o.due ? ` (due ${o.due})` : ''}${o.summary ? `: ${o.summary}` : ''}`, ...o.measures.map((m) => `      measure [${m.status}] ${m.text}`)])
      : ['  —']),
  );
  lines.push('', 'Chronology:', ...c.chronology.map((e) => `  ${e.date.padEnd(10)}  ${e.text}`));
  return `${lines.join('\n')}\n`;
}

export function formatCalendar(entries: CalendarEntry[]): string {
  if (entries.length === 0) return 'nothing due\n';
  return `${entries.map((e) => `${e.date}  ${e.kind.padEnd(12)} ${e.title}  — ${e.caseTitle}`).join('\n')}\n`;
}

/** Each mechanism: open or not and why; for a treaty body, its check (the same table as `cases check`). */
export function formatForums(forums: ForumAnswer[]): string {
  const blocks = forums.map((f) => {
    const head = `== ${f.code} (${f.name}): ${f.open === true ? 'OPEN' : f.open === false ? 'CLOSED' : 'UNKNOWN'} — ${f.openReason}`;
    return f.check ? `${head}\n${formatCheck(f.check)}` : `${head}\n`;
  });
  return blocks.join('\n');
}
