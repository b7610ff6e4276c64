import { veridiaRegionShapes } from '../../demo/shapes.js';
import type { SubmissionInput } from '../types.js';

/**
 * A submission's input as assembly would give it, for the renderers' tests and for looking at a
 * document by hand: the demo's Teral family case in Veridia, with an Arabic group name and victim,
 * dates at day, month and year precision, and a year-only incident in the month-unknown bucket.
 */
export function sampleSubmissionInput(over: Partial<SubmissionInput> = {}): SubmissionInput {
  const hash = (n: number) => n.toString(16).padStart(2, '0').repeat(32);
  return {
    kind: 'individual',
    mechanism: { code: 'CCPR', name: 'Human Rights Committee (ICCPR, first Optional Protocol)' },
    case: {
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Detention and disappearance of the Teral family, Eastern Lakes',
      country: 'XVR',
      summary:
        'Four members of a Teral family were detained by the Veridian National Police in the Eastern Lakes in March 2024 and have not been seen since. The detention followed months of escalating attacks on Teral homes and shrines, and speeches by local officials calling the Teral a threat.\n\nThe family asked every court open to them to order their release; the Supreme Court dismissed the last appeal on 10 October 2024.',
      provisions: ['ICCPR art. 2(3)', 'ICCPR art. 6', 'ICCPR art. 7', 'ICCPR art. 9', 'ICCPR art. 16', 'ICCPR art. 26'],
      remedies: [
        { id: 'r1', body: 'Eastern Lakes High Court (habeas corpus)', filed: '2024-03-20', decided: '2024-06-02', outcome: 'dismissed', final: false, notPursuedReason: null },
        { id: 'r2', body: 'Supreme Court of Veridia', filed: '2024-06-30', decided: '2024-10-10', outcome: 'appeal dismissed', final: true, notPursuedReason: null },
        { id: 'r3', body: 'Police complaints authority', filed: null, decided: null, outcome: null, final: null, notPursuedReason: 'ineffective: it has never examined a complaint against the police of the Eastern Lakes' },
      ],
      procedures: [],
      victims: [
        { id: 'v1', description: 'Father, 52, farmer', personId: null, consent: true },
        { id: 'v2', description: 'مريم، 19 سنة، طالبة', personId: null, consent: null },
      ],
    },
    countryName: 'Veridia (fictional demo country)',
    targetedGroups: [
      { id: 'g1', name: 'Teral' },
      { id: 'g2', name: 'التيرال' },
    ],
    chronology: [
      { incidentId: 'i0', date: '2023', place: 'Eastern Lakes', title: 'Leaflets calling the Teral traitors', violationTypes: ['dehumanising-speech'], level: 2 },
      { incidentId: 'i1', date: '2023-11', place: 'Lakeport', title: 'Teral shrine burnt', violationTypes: ['attack-on-property'], level: 3 },
      { incidentId: 'i2', date: '2024-01-14', place: 'Lakeport', title: 'Teral shop owners beaten by a mob', violationTypes: ['assault'], level: 4 },
      { incidentId: 'i3', date: '2024-03-02', place: 'Marrow Ford', title: 'Teral family detained at their home', violationTypes: ['arbitrary-detention', 'enforced-disappearance'], level: 4 },
    ],
    pattern: [
      { month: '2023-??', byLevel: [0, 1, 0, 0, 0], victims: 0 },
      { month: '2023-11', byLevel: [0, 0, 1, 0, 0], victims: 0 },
      { month: '2024-01', byLevel: [0, 1, 0, 1, 0], victims: 3 },
      { month: '2024-03', byLevel: [1, 0, 0, 2, 0], victims: 4 },
    ],
    places: [
      { name: 'Lakeport', lat: -26.62, lon: -13.18, incidents: 2 },
      { name: 'Marrow Ford', lat: -26.95, lon: -13.55, incidents: 1 },
    ],
    mapShapes: veridiaRegionShapes().map((r) => ({ name: r.name, boundary: r.boundary })),
    requestedMeasures: ['Find that the State violated articles 6, 7, 9 and 16, read alone and with article 2(3)', 'Ask the State to disclose the fate and whereabouts of the family'],
    interimMeasures: ['Ask the State to disclose at once where the family is held and to allow them to contact a lawyer'],
    annex: [
      {
        id: 'e1',
        sha256: hash(0xab),
        type: 'image/jpeg',
        date: '2024-03-03',
        title: 'Photograph of the house after the arrest',
        custody: [
          { at: '2024-03-03T09:12:00Z', by: 'monitor-eastern-lakes', action: 'uploaded' },
          { at: '2024-05-01T10:00:00Z', by: 'caseworker', action: 'verified' },
        ],
      },
      { id: 'e2', sha256: hash(0x5c), type: 'application/pdf', date: '2024-10-10', title: 'Supreme Court judgment', custody: [{ at: '2024-10-12T08:00:00Z', by: 'lawyer', action: 'uploaded' }] },
    ],
    wordLimit: null,
    generatedAt: '2026-11-30T12:00:00.000Z',
    ...over,
  };
}
