import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { printJson, printTable } from '../cli/output.js';
import { parseDocument, parseOptions } from '../cli/zod.js';
import { readConfig } from '../config.js';
import { createContext, type RequestContext } from '../context.js';
import { invalid } from '../errors.js';
import { listRecords } from '../registry/service.js';
import { openRuntime } from '../runtime.js';
import { violationLevels } from '../taxonomies/codes.js';
import { IncidentInput, IncidentListQuery, StatsQuery, victimKinds } from './schema.js';
import { createIncident, getIncident, incidentStats, listIncidents } from './service.js';

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

async function withContext<T>(work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(readConfig());
  try {
    return await work(createContext(runtime.db));
  } finally {
    await runtime.close();
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lets a person name a group or actor by its name instead of its id. */
export async function resolveNames(ctx: RequestContext, kind: 'groups' | 'actors' | 'sources', values: string[] | undefined, option: string) {
  if (!values?.length) return undefined;
  const ids: string[] = [];
  for (const value of values) {
    if (uuidPattern.test(value)) {
      ids.push(value);
      continue;
    }
    const { items } = await listRecords(ctx, kind, { q: value, includeDeleted: false, limit: 20 });
    const exact = items.filter((r) => r.name.toLowerCase() === value.toLowerCase());
    if (exact.length !== 1) {
      const entity = kind.slice(0, -1);
      throw invalid([
        exact.length
          ? { field: option, code: 'ambiguous-name', message: `more than one ${entity} is named '${value}'; give its id`, params: { entity, value } }
          : { field: option, code: 'not-found', message: `no ${entity} named '${value}'`, params: { entity, id: value } },
      ]);
    }
    ids.push(exact[0]!.id);
  }
  return ids;
}

interface FilterOptions {
  country?: string[];
  admin1?: string[];
  group?: string[];
  basis?: string[];
  type?: string[];
  perpetrator?: string[];
  level?: string[];
  verification?: string[];
  from?: string;
  to?: string;
  deleted?: string;
  json?: boolean;
}

function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--country <codes>', 'ISO 3166-1 alpha-3 codes (repeat or comma-separate)', collect)
    .option('--admin1 <names>', 'first-level administrative areas', collect)
    .option('--group <names|ids>', 'targeted groups', collect)
    .option('--basis <codes>', 'identity bases, e.g. ethnicity,religion', collect)
    .option('--type <codes>', 'violation types, e.g. killing,arbitrary-detention', collect)
    .option('--perpetrator <names|ids>', 'perpetrators', collect)
    .option('--level <levels>', 'pyramid levels 1–5', collect)
    .option('--verification <codes>', 'verification statuses', collect)
    .option('--from <date>', 'started on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'started on or before')
    .option('--deleted <mode>', 'exclude | include | only', 'exclude')
    .option('--json', 'machine-readable output');
}

async function filterQuery(ctx: RequestContext, o: FilterOptions) {
  return {
    country: o.country,
    admin1: o.admin1,
    group: await resolveNames(ctx, 'groups', o.group, '--group'),
    basis: o.basis,
    type: o.type,
    perpetrator: await resolveNames(ctx, 'actors', o.perpetrator, '--perpetrator'),
    level: o.level,
    verification: o.verification,
    from: o.from,
    to: o.to,
    deleted: o.deleted,
  };
}

const listColumns = [
  { key: 'id', title: 'ID', max: 36 },
  { key: 'startDate', title: 'DATE' },
  { key: 'country', title: 'CTRY' },
  { key: 'admin1', title: 'REGION', max: 18 },
  { key: 'pyramidLevel', title: 'LVL' },
  { key: 'violationTypes', title: 'TYPES', max: 40 },
  { key: 'title', title: 'TITLE', max: 60 },
];

export function registerIncidentCommands(program: Command) {
  const incidents = program.command('incidents').description('Record, list, show and search incidents');

  incidents
    .command('add')
    .description('Record an incident: one act per violation type × targeted group')
    .option('--title <text>', 'what happened, in a line')
    .option('--narrative <text>', 'the account', '')
    .option('--date <date>', 'when it started: YYYY-MM-DD, YYYY-MM or YYYY (the precision follows)')
    .option('--end-date <date>', 'when it ended')
    .option('--country <code>', 'ISO 3166-1 alpha-3 country code')
    .option('--admin1 <name>', 'first-level administrative area')
    .option('--place <id>', 'a place on record')
    .option('--type <codes>', 'violation types (repeat or comma-separate)', collect)
    .option('--group <names|ids>', 'targeted groups', collect)
    .option('--perpetrator <names|ids>', 'perpetrators', collect)
    .option('--involvement <code>', 'degree of involvement of the perpetrators', 'carried-out')
    .option('--killed <n>', 'people killed', Number)
    .option('--injured <n>', 'people injured', Number)
    .option('--detained <n>', 'people detained', Number)
    .option('--disappeared <n>', 'people disappeared', Number)
    .option('--displaced <n>', 'people displaced', Number)
    .option('--affected <n>', 'people otherwise affected', Number)
    .option('--verification <code>', 'verification status', 'not-yet-verified')
    .option('--confidentiality <code>', 'confidentiality level', 'internal')
    .option('--from-json <file>', "the whole incident as the API's JSON body ('-' for standard input); other options are ignored")
    .option('--json', 'print the stored incident as JSON')
    .action(async (o: Record<string, unknown>) => {
      await withContext(async (ctx) => {
        const input = o.fromJson ? parseDocument(IncidentInput, readJson(String(o.fromJson)), '--from-json') : await inputFromOptions(ctx, o);
        const incident = await createIncident(ctx, input);
        if (o.json) printJson(incident);
        else process.stdout.write(`recorded ${incident.id} (pyramid level ${incident.pyramidLevel})\n`);
      });
    });

  addFilterOptions(
    incidents
      .command('list')
      .description('List incidents, newest first, with filters')
      .option('--sort <sort>', 'date:desc | date:asc | level:desc | updated:desc')
      .option('--limit <n>', 'how many', '50')
      .option('--cursor <cursor>', 'the next page, from a previous --json output'),
  ).action(async (o: FilterOptions & { sort?: string; limit?: string; cursor?: string }) => {
    await runList(o);
  });

  addFilterOptions(
    incidents
      .command('search')
      .description('Full-text search of titles and narratives ("quoted phrase", or, -word), most relevant first')
      .argument('<query...>', 'words to search for')
      .option('--sort <sort>', 'relevance | date:desc | date:asc | level:desc | updated:desc')
      .option('--limit <n>', 'how many', '50')
      .option('--cursor <cursor>', 'the next page, from a previous --json output'),
  ).action(async (words: string[], o: FilterOptions & { sort?: string; limit?: string; cursor?: string }) => {
    await runList(o, words.join(' '));
  });

  incidents
    .command('show')
    .description('Show one incident with its acts, sources, evidence and links')
    .argument('<id>', 'incident id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o: { json?: boolean }) => {
      if (!uuidPattern.test(id)) throw invalid([{ field: 'id', code: 'invalid-uuid', message: `'${id}' is not an incident id` }]);
      await withContext(async (ctx) => {
        const incident = await getIncident(ctx, id);
        if (o.json) return printJson(incident);
        const lines = [
          `${incident.title}`,
          `  id:            ${incident.id} (version ${incident.version})`,
          `  when:          ${incident.startDate}${incident.endDate ? ` – ${incident.endDate}` : ''}${incident.dateEstimated ? ' (estimated)' : ''}`,
          `  where:         ${incident.country}${incident.admin1 ? `, ${incident.admin1}` : ''}${incident.place ? `, ${incident.place.name}` : ''}`,
          `  pyramid level: ${incident.pyramidLevel}${incident.pyramidLevelOverride ? ` (overridden from ${incident.derivedPyramidLevel}: ${incident.pyramidLevelOverride.reason})` : ''}`,
          `  verification:  ${incident.verificationStatus}    confidentiality: ${incident.confidentiality}`,
          `  victims:       ${victimKinds.filter((k) => incident.victims[k]).map((k) => `${incident.victims[k]} ${k}`).join(', ') || 'none counted'}`,
          `  acts:`,
          ...incident.acts.map((a) => `    - ${a.violationType} (level ${a.pyramidLevel})${a.groupId ? ` against group ${a.groupId}` : ''}`),
          `  sources:       ${incident.sources.length}    evidence: ${incident.evidenceIds.length}    links: ${incident.links.length}`,
          incident.narrative ? `\n${incident.narrative}` : '',
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}

async function runList(o: FilterOptions & { sort?: string; limit?: string; cursor?: string }, q?: string) {
  await withContext(async (ctx) => {
    const query = parseOptions(IncidentListQuery, { ...(await filterQuery(ctx, o)), q, sort: o.sort, limit: o.limit, cursor: o.cursor });
    const page = await listIncidents(ctx, query);
    if (o.json) return printJson(page);
    printTable(page.items, listColumns);
    process.stdout.write(`\n${page.items.length} of ${page.total}${page.nextCursor ? ` — next page: --cursor ${page.nextCursor}` : ''}\n`);
  });
}

export function registerStatsCommand(program: Command) {
  addFilterOptions(
    program
      .command('stats')
      .description('Count incidents by month × pyramid level × group × country (or --by), for the filters')
      .option('--by <dimensions>', 'month, year, level, country, admin1, group, basis, type, perpetrator, verification', collect),
  ).action(async (o: FilterOptions & { by?: string[] }) => {
    await withContext(async (ctx) => {
      const query = parseOptions(StatsQuery, { ...(await filterQuery(ctx, o)), by: o.by });
      const stats = await incidentStats(ctx, query);
      if (o.json) return printJson(stats);
      printTable(stats.cells as Record<string, unknown>[], [...stats.by.map((d) => ({ key: d, title: d.toUpperCase(), max: 36 })), { key: 'incidents', title: 'INCIDENTS' }, { key: 'killed', title: 'KILLED' }]);
      process.stdout.write(`\n${stats.totals.incidents} incidents in all\n`);
    });
  });
}

function readJson(file: string): unknown {
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalid([{ field: '--from-json', code: 'invalid-json', message: `not valid JSON: ${(err as Error).message}` }]);
  }
}

/**
 * The simple form: one act per violation type × targeted group (DESIGN.md). Victim
 * counts are given for the incident as a whole, so they go on one act — the first act of
 * the most severe type — and the incident's totals come out as typed.
 */
async function inputFromOptions(ctx: RequestContext, o: Record<string, unknown>) {
  const types = (o.type as string[] | undefined) ?? [];
  const groups = (await resolveNames(ctx, 'groups', o.group as string[] | undefined, '--group')) ?? [null];
  const perpetrators = (await resolveNames(ctx, 'actors', o.perpetrator as string[] | undefined, '--perpetrator')) ?? [];
  const levels = violationLevels();
  const severest = [...types].sort((a, b) => (levels.get(b) ?? 0) - (levels.get(a) ?? 0))[0];
  const victims = Object.fromEntries(victimKinds.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  let countsPlaced = false;
  const acts = types.flatMap((violationType) =>
    groups.map((groupId) => {
      const carries = !countsPlaced && violationType === severest;
      if (carries) countsPlaced = true;
      return {
        violationType,
        groupId,
        victims: carries ? victims : {},
        perpetrators: perpetrators.map((actorId) => ({ actorId, involvement: o.involvement })),
      };
    }),
  );
  return parseOptions(
    IncidentInput,
    {
      title: o.title,
      narrative: o.narrative,
      startDate: o.date,
      endDate: o.endDate,
      country: o.country,
      admin1: o.admin1,
      placeId: o.place,
      acts,
      verificationStatus: o.verification,
      confidentiality: o.confidentiality,
    },
    {
      startDate: '--date',
      endDate: '--end-date',
      placeId: '--place',
      acts: '--type',
      'acts.*.violationType': '--type',
      'acts.*.groupId': '--group',
      'acts.*.perpetrators.*.involvement': '--involvement',
      ...Object.fromEntries(victimKinds.map((k) => [`acts.*.victims.${k}`, `--${k}`])),
      verificationStatus: '--verification',
    },
  );
}
