import { printJson, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { IncidentFilterQuery } from '../incidents/schema.js';
import { calendarIcs, caseCalendar } from './calendar.js';
import { addCaseItem, removeCaseItem } from './items.js';
import { getCaseForums } from './forums.js';
import { CalendarQuery, CaseCreate, CaseItemParams, CaseListQuery, CaseParams, ForumsQuery, IncidentIdsInput, OutcomeInput, RemedyInput, RequestedMeasureInput } from './schema.js';
import { formatCase, formatCaseList, formatCalendar, formatForums } from './show.js';
import { addCaseIncidents, createCase, getCase, listCases } from './service.js';

/** What the case file commands do (their options are in ./files.cli.ts). Imported when a command runs. */

type Json = { json?: boolean };

/** `--filter "country=XVR&admin1=Eastern Lakes"`: the incident list's query string, checked by its schema. */
function filterOf(query: string | undefined): IncidentFilterQuery | undefined {
  if (query === undefined) return undefined;
  const params = new URLSearchParams(query);
  const raw: Record<string, string[]> = {};
  for (const [k, v] of params) (raw[k] ??= []).push(v);
  return parseOptions(IncidentFilterQuery, raw, Object.fromEntries(Object.keys(raw).map((k) => [k, `--filter ${k}`])));
}

export async function createCommand(o: Json & { title: string; country?: string; incident?: string[]; filter?: string; mechanism?: string[]; summary?: string; confidentiality?: string }) {
  const input = parseOptions(
    CaseCreate,
    {
      title: o.title,
      country: o.country?.toUpperCase(),
      incidentIds: o.incident ?? [],
      incidentFilter: filterOf(o.filter),
      targetMechanisms: (o.mechanism ?? []).map((m) => m.toUpperCase()),
      summary: o.summary,
      confidentiality: o.confidentiality,
    },
    { incidentIds: '--incident', targetMechanisms: '--mechanism', incidentFilter: '--filter' },
  );
  await withContext(async (ctx) => {
    const c = await createCase(ctx, input);
    if (o.json) return printJson(c);
    printText(`created case ${c.id} with ${c.incidentIds.length} incidents\n`);
  });
}

export async function listCommand(o: Json & { status?: string; country?: string; owner?: string; limit?: string }) {
  const q = parseOptions(CaseListQuery, { status: o.status, country: o.country?.toUpperCase(), owner: o.owner, limit: o.limit });
  await withContext(async (ctx) => {
    const page = await listCases(ctx, q);
    if (o.json) return printJson(page);
    printText(formatCaseList(page.items));
  });
}

export async function showCommand(id: string, o: Json) {
  const params = parseOptions(CaseParams, { id }, { id: 'CASE_ID' });
  await withContext(async (ctx) => {
    const c = await getCase(ctx, params.id);
    if (o.json) return printJson(c);
    printText(formatCase(c));
  });
}

export async function addIncidentsCommand(id: string, incidentIds: string[], o: Json) {
  const params = parseOptions(CaseParams, { id }, { id: 'CASE_ID' });
  const body = parseOptions(IncidentIdsInput, { incidentIds: incidentIds.flatMap((i) => i.split(',')).filter(Boolean) }, { incidentIds: 'INCIDENT_IDS' });
  await withContext(async (ctx) => {
    const c = await addCaseIncidents(ctx, params.id, body.incidentIds);
    if (o.json) return printJson(c);
    printText(`case ${c.id} now has ${c.incidentIds.length} incidents\n`);
  });
}

export async function addRemedyCommand(id: string, o: Json & { body?: string; filed?: string; decided?: string; outcome?: string; final?: boolean; notPursued?: string }) {
  const params = parseOptions(CaseParams, { id }, { id: 'CASE_ID' });
  const input = parseOptions(RemedyInput, { body: o.body, filed: o.filed, decided: o.decided, outcome: o.outcome, final: o.final ?? (o.decided ? false : null), notPursuedReason: o.notPursued }, { notPursuedReason: '--not-pursued' });
  await withContext(async (ctx) => {
    const c = await addCaseItem(ctx, params.id, 'remedies', input);
    if (o.json) return printJson(c);
    printText(`case ${c.id}: ${c.remedies.length} domestic remedies recorded\n`);
  });
}

export async function addOutcomeCommand(id: string, o: Json & { mechanism: string; kind: string; date?: string; due?: string; summary?: string; violationFound?: string; measure?: string[] }) {
  const params = parseOptions(CaseParams, { id }, { id: 'CASE_ID' });
  const found = o.violationFound === undefined ? null : /^(yes|true)$/i.test(o.violationFound) ? true : /^(no|false)$/i.test(o.violationFound) ? false : o.violationFound;
  const input = parseOptions(OutcomeInput, { mechanism: o.mechanism.toUpperCase(), kind: o.kind, date: o.date, due: o.due, summary: o.summary, violationFound: found, measures: (o.measure ?? []).map((text) => ({ text })) }, { measures: '--measure' });
  await withContext(async (ctx) => {
    const c = await addCaseItem(ctx, params.id, 'outcomes', input);
    if (o.json) return printJson(c);
    printText(`case ${c.id}: ${c.outcomes.length} outcomes recorded\n`);
  });
}

export async function addMeasureCommand(id: string, o: Json & { text: string; kind?: string; to?: string; status?: string }) {
  const params = parseOptions(CaseParams, { id }, { id: 'CASE_ID' });
  const input = parseOptions(RequestedMeasureInput, { text: o.text, kind: o.kind, addressedTo: o.to, status: o.status }, { addressedTo: '--to' });
  await withContext(async (ctx) => {
    const c = await addCaseItem(ctx, params.id, 'requestedMeasures', input);
    if (o.json) return printJson(c);
    const added = c.requestedMeasures.at(-1)!;
    printText(`case ${c.id}: requested measure ${added.id} (${added.kind}) recorded; ${c.requestedMeasures.length} in all\n`);
  });
}

export async function removeMeasureCommand(id: string, measureId: string, o: Json) {
  const params = parseOptions(CaseItemParams, { id, itemId: measureId }, { id: 'CASE_ID', itemId: 'MEASURE_ID' });
  await withContext(async (ctx) => {
    const c = await removeCaseItem(ctx, params.id, 'requestedMeasures', params.itemId);
    if (o.json) return printJson(c);
    printText(`case ${c.id}: ${c.requestedMeasures.length} requested measures left\n`);
  });
}

export async function calendarCommand(o: Json & { from?: string; to?: string; ics?: boolean }) {
  const q = parseOptions(CalendarQuery, { from: o.from, to: o.to });
  await withContext(async (ctx) => {
    const entries = await caseCalendar(ctx, q, new Date().toISOString().slice(0, 10));
    if (o.ics) return printText(calendarIcs(entries, new Date()));
    if (o.json) return printJson({ items: entries });
    printText(formatCalendar(entries));
  });
}

export async function forumsCommand(id: string, o: Json & { asOf?: string }) {
  const params = parseOptions(CaseParams, { id }, { id: 'CASE_ID' });
  const q = parseOptions(ForumsQuery, { asOf: o.asOf });
  await withContext(async (ctx) => {
    const answer = await getCaseForums(ctx, params.id, q.asOf ?? new Date().toISOString().slice(0, 10));
    if (o.json) return printJson(answer);
    printText(formatForums(answer.forums));
  });
}
