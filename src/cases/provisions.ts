import { loadTaxonomy } from '../taxonomies/load.js';
import type { ProvisionSuggestion } from './schema.js';

/**
 * The provisions a case's incidents engage, suggested from their violation types (each type maps
 * to treaty articles in data/taxonomies/violation-types.yaml). Suggestions only: a caseworker adds
 * the ones the case argues to its `provisions`; nothing here sets them.
 *
 *   suggestProvisions([{ violationTypes: ['arbitrary-detention'] }], []) // [{ provision: 'ICCPR art. 9(1)', … }, …]
 */

/** How a provision is written in a case file and a submission: "ICCPR art. 9(1)". */
export const provisionLabel = (p: { instrument: string; article: string }) => `${p.instrument} art. ${p.article}`;

/** Instruments whose articles no UN treaty body applies to a State (declarations, criminal statutes) are suggested last. */
const lastInstruments = new Set(['UDHR', 'ROME', 'GENOCIDE']);

export function suggestProvisions(incidents: { violationTypes: string[] }[], engaged: readonly string[]): ProvisionSuggestion[] {
  const byType = new Map(loadTaxonomy('violation-types').terms.map((t) => [t.code, t.provisions]));
  const found = new Map<string, { instrument: string; types: Set<string>; incidents: number }>();
  for (const incident of incidents) {
    const here = new Set<string>();
    for (const type of incident.violationTypes) {
      for (const p of byType.get(type) ?? []) {
        const label = provisionLabel(p);
        const entry = found.get(label) ?? { instrument: p.instrument, types: new Set(), incidents: 0 };
        entry.types.add(type);
        found.set(label, entry);
        here.add(label);
      }
    }
    for (const label of here) found.get(label)!.incidents += 1;
  }
  const taken = new Set(engaged);
  return [...found.entries()]
    .sort(([a, x], [b, y]) => Number(lastInstruments.has(x.instrument)) - Number(lastInstruments.has(y.instrument)) || y.incidents - x.incidents || a.localeCompare(b))
    .map(([provision, e]) => ({ provision, violationTypes: [...e.types].sort(), incidents: e.incidents, engaged: taken.has(provision) }));
}
