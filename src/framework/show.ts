import type { Scorecard } from './schema.js';

const crimeWords = { common: 'common', genocide: 'genocide', 'crimes-against-humanity': 'crimes against humanity', 'war-crimes': 'war crimes' } as const;

/**
 * A scorecard as text for the terminal: one line per factor (status, counts, change), and under
 * it the indicators that were assessed, with the day, the evidence count and the note.
 */
export function formatScorecard(card: Scorecard): string {
  const lines = [`${card.country}: UN Framework of Analysis scorecard (framework version ${card.frameworkVersion})${card.since ? `, changes since ${card.since}` : ''}`, ''];
  for (const f of card.factors) {
    const c = f.counts;
    const change = f.changedSince ? `, ${f.changedSince} changed` : '';
    lines.push(`${String(f.number).padStart(2)}. ${f.status.toUpperCase().padEnd(7)} ${f.name} [${crimeWords[f.crimes]}] — present ${c.present}, partly ${c.partly}, absent ${c.absent}, unknown ${c.unknown}${change}`);
    for (const i of f.indicators) {
      if (!i.current) continue;
      const was = i.statusSince && i.statusSince !== i.status ? ` (was ${i.statusSince})` : '';
      const evidence = i.current.incidentIds.length ? `, ${i.current.incidentIds.length} incidents` : '';
      lines.push(`      ${i.number.padEnd(6)}${i.status}${was} on ${i.current.assessedOn}${evidence}: ${i.text}${i.current.note ? ` — ${i.current.note}` : ''}`);
    }
  }
  if (card.since) lines.push('', card.changes.length ? `${card.changes.length} indicators changed since ${card.since}` : `no indicator changed since ${card.since}`);
  return `${lines.join('\n')}\n`;
}
