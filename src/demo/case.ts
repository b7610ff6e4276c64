import type { RequestContext } from '../context.js';
import { addCaseItem } from '../cases/items.js';
import { CaseCreate, OutcomeInput, ProcedureInput, RemedyInput, RequestedMeasureInput, TaskInput, VictimInput } from '../cases/schema.js';
import { createCase } from '../cases/service.js';
import type { DemoDataSet } from './generate.js';
import { escalation } from './generate.js';

/**
 * The demo's case file (issue 18): a Teral family detained and disappeared in the Eastern Lakes,
 * domestic remedies exhausted, towards the Human Rights Committee and CERD (fictional Veridia is
 * a party to ICCPR-OP1 and has made the ICERD art. 14 declaration: data/mechanisms/
 * acceptance-fictional.csv). Its incidents are real records of the demo data set: the first town
 * of the escalation where people disappeared, its disappearances and the detentions there in the
 * three months before. Everything else is a caseworker's record, invented for the demo.
 */

/**
 * The incidents of the demo case: pure, from the generated data set. Null for a data set cut
 * down so far that it holds no disappearance of a Teral in the Eastern Lakes (tests load a few
 * hundred of the demo's incidents): there is then no case to make.
 */
export function demoCaseIncidents(data: DemoDataSet): { town: string; incidentIds: string[] } | null {
  const teral = data.groups.find((g) => g.key === escalation.group)!.id;
  const lakes = new Map(data.places.filter((p) => p.admin1 === escalation.region).map((p) => [p.id, p.name]));
  const ofKind = (type: string) =>
    data.incidents
      .filter((i) => i.placeId && lakes.has(i.placeId) && i.acts.some((a) => a.violationType === type && a.groupId === teral))
      .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const first = ofKind('enforced-disappearance')[0];
  if (!first) return null;
  const inTown = (i: { placeId?: string | null }) => i.placeId === first.placeId;
  const disappearances = ofKind('enforced-disappearance').filter(inTown).slice(0, 3);
  const [year, month] = [Number(first.startDate.slice(0, 4)), Number(first.startDate.slice(5, 7)) || 1];
  const threeMonthsBefore = month > 3 ? `${year}-${String(month - 3).padStart(2, '0')}` : `${year - 1}-${String(month + 9).padStart(2, '0')}`;
  const detentions = ofKind('arbitrary-detention').filter((i) => inTown(i) && i.startDate >= threeMonthsBefore && i.startDate <= first.startDate).slice(-3);
  return { town: lakes.get(first.placeId!)!, incidentIds: [...detentions, ...disappearances].map((i) => i.id) };
}

/** Writes the demo case through the case files' services (validated and audited like any user's). */
export async function loadDemoCase(ctx: RequestContext, data: DemoDataSet): Promise<string | null> {
  const chosen = demoCaseIncidents(data);
  if (!chosen) return null;
  const { town, incidentIds } = chosen;
  const made = await createCase(
    ctx,
    CaseCreate.parse({
      title: `Teral family detained and disappeared in ${town}`,
      status: 'preparing',
      summary: `Members of a Teral family of ${town} (Eastern Lakes) were detained by the 4th Army Brigade and police, and have not been seen since; the authorities deny holding them. Habeas corpus was refused and the Supreme Court dismissed the appeal. The detentions and disappearances are part of the escalation against the Teral recorded in the Eastern Lakes. (Fictional demo case.)`,
      incidentIds,
      provisions: ['ICCPR art. 9(1)', 'ICCPR art. 7', 'ICCPR art. 16', 'ICCPR art. 2(3)', 'ICERD art. 5(b)', 'ICERD art. 6'],
      targetMechanisms: ['CCPR', 'CERD'],
      authorIsVictim: true,
      authorAnonymous: false,
    }),
  );
  const add = async <K extends 'victims' | 'remedies' | 'procedures' | 'tasks' | 'outcomes' | 'requestedMeasures'>(kind: K, input: unknown) => addCaseItem(ctx, made.id, kind, input as never);
  await add('victims', VictimInput.parse({ description: 'Father of the family, 46, detained at the market and not seen since', consent: null }));
  await add('victims', VictimInput.parse({ description: 'Eldest son, 19, taken from the family home the same night', consent: null }));
  await add('victims', VictimInput.parse({ description: 'Mother of the family, the author: seeks her husband and son', consent: true }));
  await add('remedies', RemedyInput.parse({ body: `High Court of Veridia, ${town} division (habeas corpus)`, filed: '2025-11-03', decided: '2026-02-20', outcome: 'dismissed: the authorities deny holding them', final: false }));
  await add('remedies', RemedyInput.parse({ body: 'Supreme Court of Veridia (appeal)', filed: '2026-03-10', decided: '2026-08-14', outcome: 'appeal dismissed', final: true }));
  await add('remedies', RemedyInput.parse({ body: 'National Human Rights Commission', notPursuedReason: 'ineffective: it may not order a release or an investigation of the army' }));
  await add('procedures', ProcedureInput.parse({ body: 'UN Working Group on Enforced or Involuntary Disappearances (humanitarian channel)', submitted: '2026-01', status: 'pending', examinedMerits: false }));
  await add(
    'requestedMeasures',
    RequestedMeasureInput.parse({ text: 'Disclose at once where the father and the eldest son are held, and protect the mother and her other children from reprisals', kind: 'interim', addressedTo: 'the State party' }),
  );
  await add('requestedMeasures', RequestedMeasureInput.parse({ text: 'Find that the State violated articles 7, 9 and 16 of the Covenant, read alone and with article 2(3)', kind: 'final', addressedTo: 'the Committee' }));
  await add(
    'requestedMeasures',
    RequestedMeasureInput.parse({ text: 'Release them or disclose their fate; investigate, prosecute and punish those responsible; compensate the family', kind: 'final', addressedTo: 'the State party' }),
  );
  await add('tasks', TaskInput.parse({ title: 'Signed consent and power of attorney from the mother', due: '2026-12-10', assignee: 'caseworker' }));
  await add('tasks', TaskInput.parse({ title: 'Draft the CERD communication (six months from the Supreme Court decision)', due: '2027-01-15', assignee: 'caseworker' }));
  await add('outcomes', OutcomeInput.parse({ mechanism: 'WGEID', kind: 'follow-up', date: '2026-03', due: '2027-03-01', summary: 'cases transmitted to the Government; its reply awaited' }));
  return made.id;
}
