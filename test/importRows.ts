import type { ImportBatch, ImportedIncident, ImportReport, RowOutcome } from '../src/ingest/types.js';

/** A row as a mapping would give it: names, not ids. */
export function row(n: number, over: Partial<ImportedIncident> = {}): ImportedIncident {
  return {
    origin: { row: n + 1 },
    key: `K${n}`,
    title: `Market burned in Eastern Lakes (${n})`,
    narrative: 'Shops of the minority were burned at night.',
    startDate: '2023-05-14',
    place: { country: 'SDN', admin1: 'eastern  lakes', name: n % 2 ? 'Kalo market' : null, latitude: n % 2 ? 12.5 : null, longitude: n % 2 ? 30.25 : null, precision: 'exact' },
    acts: [
      {
        violationType: 'destruction-of-property',
        group: { name: 'Teral', basis: 'ethnicity' },
        victims: { affected: 12 },
        perpetrators: [{ actor: { name: 'Kel militia', kind: 'militia' }, involvement: 'carried-out' }],
      },
      { violationType: 'killing', group: { name: 'teral' }, victims: { killed: n } },
    ],
    confidentiality: 'internal',
    sources: [{ source: { name: 'Field monitors', kind: 'ngo', reliability: 'B' }, connection: 'eyewitness', materialType: 'testimony', credibility: 2 }],
    ...over,
  };
}


/** The report a pipeline would make of these outcomes. */
export const reportOf = (batch: ImportBatch, outcomes: RowOutcome[]): ImportReport => ({
  batch: batch.id,
  dryRun: false,
  imported: outcomes.filter((o) => o.status === 'imported').length,
  updated: outcomes.filter((o) => o.status === 'updated').length,
  unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
  skipped: outcomes.filter((o) => o.status === 'skipped').length,
  conflicts: outcomes.filter((o) => o.status === 'conflict').length,
  rejectedCount: outcomes.filter((o) => o.status === 'rejected').length,
  rejected: outcomes.flatMap((o) => (o.status === 'rejected' ? o.problems : [])),
  errorFile: null,
  unknownCodes: [],
});
