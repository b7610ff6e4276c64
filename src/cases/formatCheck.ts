import type { CheckResult } from './types.js';

const marks = { met: 'met', 'not-met': 'NOT MET', 'needs-information': 'needs info', 'not-applicable': 'n/a' } as const;

/** The check as a person reads it: the outcome, one line per condition with its rule, then the deadlines. */
export function formatCheck(r: CheckResult): string {
  const lines = [`${r.mechanism}: ${r.outcome.toUpperCase()}`, ''];
  const nameW = Math.max(...r.conditions.map((c) => c.condition.length));
  const statusW = Math.max(...r.conditions.map((c) => marks[c.status].length));
  for (const c of r.conditions) {
    lines.push(`${c.condition.padEnd(nameW)}  ${marks[c.status].padEnd(statusW)}  ${c.reason}`);
    lines.push(`${''.padEnd(nameW + statusW + 4)}[${c.rule}]`);
  }
  lines.push('');
  if (r.deadlines.length === 0) lines.push('Deadlines: none computed from these facts.');
  else {
    lines.push('Deadlines:');
    for (const d of r.deadlines) lines.push(`  ${d.date}${d.conservative ? ' (earliest possible)' : ''}  ${d.what} [${d.rule}]${d.note ? `\n              ${d.note}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
