import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { AccessRule } from '../src/access/routes.js';
import type { ActorsApi } from './actors.js';
import { incidentBody, multipart, tinyPng, type Res } from './api.js';
import { importSamples } from './importSamples.js';

/**
 * One valid request per route of the app, for the authorisation matrix
 * (src/access/matrix.test.ts): sent as every role, it must succeed for those the route's rule
 * allows and be refused for the others. A route added without a sample here fails the matrix.
 *
 * Keyed by `METHOD url` as the route table writes them. A HEAD route is fastify's copy of a GET
 * one: it is sent the GET's sample with the method HEAD, unless it has its own.
 *
 * A sample that changes something works on a record of its own (made by the administrator just
 * before), so every role's request is valid whatever the others did before it.
 */
export type Sample = (world: World) => Promise<InjectOptions> | InjectOptions;

/**
 * What the matrix expects of a route: the rule it must declare (written here again, apart from
 * the route, so that changing who may call a route is a visible change of this table too) and
 * its sample request.
 */
export interface RouteSample {
  access: AccessRule;
  request: Sample;
}
const sample = (access: AccessRule, request: Sample): RouteSample => ({ access, request });

/** Records made once by the administrator, that every role's reads name. All public, so every reader may see them. */
export interface World {
  api: ActorsApi;
  placeId: string;
  groupId: string;
  actorId: string;
  sourceId: string;
  incidentId: string;
  evidenceId: string;
  /** A witness of the incident. */
  personId: string;
}

let serial = 0;
const unique = (prefix: string) => `${prefix} ${++serial}`;

const registryBodies = {
  places: () => ({ name: unique('Place'), country: 'XVR', admin1: 'North', admin2: 'Riverside', latitude: 1.5, longitude: 30.25 }),
  groups: () => ({ name: unique('Group'), basis: 'ethnicity', country: 'XVR' }),
  actors: () => ({ name: unique('Actor'), kind: 'militia', country: 'XVR' }),
  sources: () => ({ name: unique('Source'), kind: 'ngo', reliability: 'B' }),
};
type RegistryKind = keyof typeof registryBodies;

async function asAdmin(api: ActorsApi, res: Promise<Res>, status = 201): Promise<any> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

export async function buildWorld(api: ActorsApi): Promise<World> {
  const post = (url: string, body: unknown) => asAdmin(api, api.post('administrator', url, body));
  const place = await post('/api/places', registryBodies.places());
  const group = await post('/api/groups', registryBodies.groups());
  const actor = await post('/api/actors', registryBodies.actors());
  const source = await post('/api/sources', registryBodies.sources());
  const { payload, headers } = multipart([{ name: 'file', filename: 'photo.png', contentType: 'image/png', content: tinyPng }]);
  const evidence = await asAdmin(api, api.send('administrator', { method: 'POST', url: '/api/evidence', payload, headers }));
  const incident = await post('/api/incidents', publicIncident({ placeId: place.id, groupId: group.id, actorId: actor.id, sourceId: source.id, evidenceId: evidence.id }));
  const person = await post('/api/persons', personBody(incident.id));
  return { api, placeId: place.id, groupId: group.id, actorId: actor.id, sourceId: source.id, incidentId: incident.id, evidenceId: evidence.id, personId: person.id };
}

const personBody = (incidentId?: string) => ({ ...(incidentId ? { incidentId } : {}), role: 'witness', name: unique('Witness'), contacts: ['+000 0000'] });

/** A fresh person of the world's incident, for a sample that changes one; with consent given when asked. */
async function freshPerson(w: World, options: { consent?: boolean } = {}): Promise<{ id: string; version: number }> {
  const made = await asAdmin(w.api, w.api.post('administrator', '/api/persons', personBody(w.incidentId)));
  if (!options.consent) return made;
  return asAdmin(w.api, w.api.post('administrator', `/api/persons/${made.id}/consent`, { version: made.version, scope: 'record-only', date: '2024-01-01' }), 200);
}

function publicIncident(ids?: { placeId: string; groupId: string; actorId: string; sourceId: string; evidenceId: string }) {
  return incidentBody({
    confidentiality: 'public',
    ...(ids
      ? {
          placeId: ids.placeId,
          acts: [{ violationType: 'harassment', groupId: ids.groupId, perpetrators: [{ actorId: ids.actorId }] }],
          sources: [{ sourceId: ids.sourceId, connection: 'participant', materialType: 'testimony', credibility: 2 }],
          evidenceIds: [ids.evidenceId],
        }
      : {}),
  });
}

/** A fresh record of a kind, for a sample that changes or deletes one. */
async function freshRecord(w: World, kind: RegistryKind | 'incidents', options: { deleted?: boolean } = {}): Promise<{ id: string; version: number }> {
  const body = kind === 'incidents' ? publicIncident() : registryBodies[kind]();
  const made = await asAdmin(w.api, w.api.post('administrator', `/api/${kind}`, body));
  if (!options.deleted) return made;
  return asAdmin(w.api, w.api.del('administrator', `/api/${kind}/${made.id}?version=${made.version}`), 200);
}

function registrySamples(kind: RegistryKind, read: AccessRule, id: (w: World) => string): Record<string, RouteSample> {
  const base = `/api/${kind}`;
  return {
    [`GET ${base}`]: sample(read, () => ({ method: 'GET', url: `${base}?limit=5` })),
    [`POST ${base}`]: sample('registry.write', () => ({ method: 'POST', url: base, body: registryBodies[kind]() })),
    [`GET ${base}/:id`]: sample(read, (w) => ({ method: 'GET', url: `${base}/${id(w)}` })),
    [`PUT ${base}/:id`]: sample('registry.write', async (w) => {
      const r = await freshRecord(w, kind);
      return { method: 'PUT', url: `${base}/${r.id}`, body: { version: r.version, ...registryBodies[kind]() } };
    }),
    [`DELETE ${base}/:id`]: sample('registry.write', async (w) => {
      const r = await freshRecord(w, kind);
      return { method: 'DELETE', url: `${base}/${r.id}?version=${r.version}` };
    }),
    [`POST ${base}/:id/restore`]: sample('registry.write', async (w) => {
      const r = await freshRecord(w, kind, { deleted: true });
      return { method: 'POST', url: `${base}/${r.id}/restore?version=${r.version}` };
    }),
  };
}

/** Two incidents alike in every way (a duplicate pair), proposed by a scan of the demo country; with `merged`, already merged. */
async function duplicatePair(w: World, options: { merged?: boolean } = {}): Promise<{ a: string; b: string }> {
  const x = await asAdmin(w.api, w.api.post('administrator', '/api/incidents', publicIncident()));
  const y = await asAdmin(w.api, w.api.post('administrator', '/api/incidents', publicIncident()));
  await asAdmin(w.api, w.api.post('administrator', '/api/duplicates/scan', { countries: ['XVR'], threshold: 0.05 }), 200);
  const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
  if (options.merged) await asAdmin(w.api, w.api.post('administrator', `/api/duplicates/${a}/${b}/merge`, { keep: a }), 200);
  return { a, b };
}

/** An alert every role may see: a public incident of 20 people detained (the severity rule needs no history), then a scan. */
async function publicAlert(w: World): Promise<string> {
  const body = incidentBody({ confidentiality: 'public', placeId: w.placeId, startDate: '2024-02-10', acts: [{ violationType: 'arbitrary-detention', groupId: w.groupId, victims: { detained: 20 } }] });
  await asAdmin(w.api, w.api.post('administrator', '/api/incidents', body));
  await asAdmin(w.api, w.api.post('administrator', '/api/alerts/scan', { country: 'XVR' }), 200);
  const page = await asAdmin(w.api, w.api.get('administrator', '/api/alerts?rule=severity&limit=1'), 200);
  return page.items[0].id;
}

/** A ranking as `precursor forecast rank --json` prints it, for POST /api/forecasts. */
const forecastRunBody = () => ({
  year: 2013,
  predictorsYear: 2012,
  lastTrainedYear: 2011,
  trainedRows: 6000,
  tuning: { lambda: 0.01, trees: 50, validationYears: [2003, 2004], validationOnsets: 3 },
  outcome: 'mk_onset_1',
  source: 'predictors.csv',
  countries: [
    { rank: 1, country: 'Sudan', ccode: 625, probability: 0.2, factors: [{ column: 'battledeaths.log2', contribution: 0.8, value: 10 }] },
    { rank: 2, country: 'France', ccode: 220, probability: 0.01, factors: [] },
  ],
});

async function savedForecastRun(w: World): Promise<string> {
  return (await asAdmin(w.api, w.api.post('administrator', '/api/forecasts', forecastRunBody()))).id;
}

const get = (access: AccessRule, url: string | ((w: World) => string)): RouteSample =>
  sample(access, (w) => ({ method: 'GET', url: typeof url === 'string' ? url : url(w) }));

/** A fresh case file of the world's incident, with one child of each kind named, for a sample that changes one. */
async function freshCase(w: World, kinds: string[] = []): Promise<any> {
  const post = (url: string, body: unknown, status = 200) => asAdmin(w.api, w.api.post('administrator', url, body), status);
  let made = await post('/api/cases', { title: unique('Case'), incidentIds: [w.incidentId], targetMechanisms: ['CCPR'] }, 201);
  for (const kind of kinds) made = await post(`/api/cases/${made.id}/${kind}`, kind === 'evidence' ? { evidenceIds: [w.evidenceId] } : caseItemBodies[kind as keyof typeof caseItemBodies]);
  return made;
}

const caseItemBodies = {
  victims: { description: 'A detained woman', consent: true },
  remedies: { body: 'Court of Appeal', filed: '2024-10-01', decided: null, final: false },
  procedures: { body: 'WGEID', submitted: '2025', status: 'decided', decided: '2025', examinedMerits: false },
  tasks: { title: 'Ask for consent', due: '2026-12-15' },
  outcomes: { mechanism: 'CCPR', kind: 'state-observations', due: '2027-01-10' },
  'requested-measures': { text: 'Ask the State to disclose where the family is held', kind: 'interim', addressedTo: 'the State party' },
} as const;
/** The case's field that lists the children posted to a path (`requested-measures` → `requestedMeasures`). */
const itemField = (path: string) => path.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const caseSamples = (): Record<string, RouteSample> => {
  const out: Record<string, RouteSample> = {
    'GET /api/cases': get('cases.read', '/api/cases?status=draft&limit=5'),
    'POST /api/cases': sample('cases.write', (w) => ({ method: 'POST', url: '/api/cases', body: { title: unique('Case'), incidentIds: [w.incidentId] } })),
    'GET /api/cases/calendar': get('cases.read', '/api/cases/calendar?from=2026-01-01'),
    'GET /api/cases/calendar.ics': get('cases.read', '/api/cases/calendar.ics'),
    'GET /api/cases/:id': sample('cases.read', async (w) => ({ method: 'GET', url: `/api/cases/${(await freshCase(w)).id}` })),
    'GET /api/cases/:id/forums': sample('cases.read', async (w) => ({ method: 'GET', url: `/api/cases/${(await freshCase(w, ['remedies'])).id}/forums?asOf=2026-11-30` })),
    'PATCH /api/cases/:id': sample('cases.write', async (w) => {
      const c = await freshCase(w);
      return { method: 'PATCH', url: `/api/cases/${c.id}`, body: { version: c.version, status: 'preparing' } };
    }),
    'POST /api/cases/:id/incidents': sample('cases.write', async (w) => ({ method: 'POST', url: `/api/cases/${(await freshCase(w)).id}/incidents`, body: { incidentIds: [w.incidentId] } })),
    'DELETE /api/cases/:id/incidents/:incidentId': sample('cases.write', async (w) => ({ method: 'DELETE', url: `/api/cases/${(await freshCase(w)).id}/incidents/${w.incidentId}` })),
    'POST /api/cases/:id/evidence': sample('cases.write', async (w) => ({ method: 'POST', url: `/api/cases/${(await freshCase(w)).id}/evidence`, body: { evidenceIds: [w.evidenceId] } })),
    'GET /api/cases/:id/documents': sample('cases.read', async (w) => ({ method: 'GET', url: `/api/cases/${(await freshCase(w, ['requested-measures'])).id}/documents` })),
    'GET /api/cases/:id/documents/:kind': sample('cases.read', async (w) => ({ method: 'GET', url: `/api/cases/${(await freshCase(w)).id}/documents/individual?mechanism=CCPR&format=docx` })),
    'DELETE /api/cases/:id/evidence/:itemId': sample('cases.write', async (w) => ({ method: 'DELETE', url: `/api/cases/${(await freshCase(w, ['evidence'])).id}/evidence/${w.evidenceId}` })),
  };
  for (const [kind, body] of Object.entries(caseItemBodies)) {
    out[`POST /api/cases/:id/${kind}`] = sample('cases.write', async (w) => ({ method: 'POST', url: `/api/cases/${(await freshCase(w)).id}/${kind}`, body }));
    out[`PUT /api/cases/:id/${kind}/:itemId`] = sample('cases.write', async (w) => {
      const c = await freshCase(w, [kind]);
      return { method: 'PUT', url: `/api/cases/${c.id}/${kind}/${c[itemField(kind)][0].id}`, body };
    });
    out[`DELETE /api/cases/:id/${kind}/:itemId`] = sample('cases.write', async (w) => {
      const c = await freshCase(w, [kind]);
      return { method: 'DELETE', url: `/api/cases/${c.id}/${kind}/${c[itemField(kind)][0].id}` };
    });
  }
  return out;
};

export const routeSamples: Record<string, RouteSample> = {
  ...caseSamples(),
  // Open: the API's documentation, health and the web app's files.
  'GET /api/docs': get('open', '/api/docs'),
  'HEAD /api/docs/': sample('open', () => ({ method: 'HEAD', url: '/api/docs/' })),
  'GET /api/docs/static/index.html': get('open', '/api/docs/static/index.html'),
  'GET /api/docs/static/swagger-initializer.js': get('open', '/api/docs/static/swagger-initializer.js'),
  'GET /api/docs/json': get('open', '/api/docs/json'),
  'GET /api/docs/yaml': get('open', '/api/docs/yaml'),
  'GET /api/docs/static/*': get('open', '/api/docs/static/swagger-ui.css'),
  'GET /api/openapi.json': get('open', '/api/openapi.json'),
  'GET /api/health': get('open', '/api/health'),
  'GET /web-config.json': get('open', '/web-config.json'),
  'GET /': get('open', '/'),
  'GET /*': get('open', '/assets/app.js'),

  'GET /api/taxonomies': get('taxonomies.read', '/api/taxonomies'),
  'GET /api/team-names': get('teams.read', '/api/team-names'),
  'GET /api/taxonomies/:name': get('taxonomies.read', '/api/taxonomies/pyramid-levels'),

  ...registrySamples('places', 'registry.read', (w) => w.placeId),
  ...registrySamples('groups', 'registry.read', (w) => w.groupId),
  ...registrySamples('actors', 'registry.read', (w) => w.actorId),
  // Sources are who tells us: never the public's (permissions.ts).
  ...registrySamples('sources', 'sources.read', (w) => w.sourceId),

  'GET /api/regions': get('registry.read', '/api/regions?country=XVR'),
  'GET /api/regions/at': get('registry.read', '/api/regions/at?country=XVR&lon=30.25&lat=1.5'),
  'POST /api/regions/merge': sample('regions.merge', async (w) => {
    // A spelling of its own to merge away, so each role's merge has something to move.
    const from = unique('Nort h');
    await asAdmin(w.api, w.api.post('administrator', '/api/places', { ...registryBodies.places(), admin1: from }));
    return { method: 'POST', url: '/api/regions/merge', body: { country: 'XVR', from, into: 'North' } };
  }),

  'GET /api/duplicates': get('review.read', '/api/duplicates?limit=5'),
  'POST /api/duplicates/scan': sample('incidents.merge', () => ({ method: 'POST', url: '/api/duplicates/scan', body: { countries: ['XVR'] } })),
  'POST /api/duplicates/:a/:b/dismiss': sample('review.write', async (w) => {
    const { a, b } = await duplicatePair(w);
    return { method: 'POST', url: `/api/duplicates/${a}/${b}/dismiss`, body: { reason: 'two different raids' } };
  }),
  'POST /api/duplicates/:a/:b/merge': sample('incidents.merge', async (w) => {
    const { a, b } = await duplicatePair(w);
    return { method: 'POST', url: `/api/duplicates/${a}/${b}/merge`, body: { keep: b } };
  }),
  'POST /api/duplicates/:a/:b/unmerge': sample('incidents.merge', async (w) => {
    const { a, b } = await duplicatePair(w, { merged: true });
    return { method: 'POST', url: `/api/duplicates/${a}/${b}/unmerge` };
  }),

  'GET /api/alerts': get('alerts.read', '/api/alerts?limit=5'),
  'POST /api/alerts/scan': sample('alerts.scan', () => ({ method: 'POST', url: '/api/alerts/scan', body: { country: 'XVR' } })),
  'PATCH /api/alerts/:id': sample('alerts.write', async (w) => ({ method: 'PATCH', url: `/api/alerts/${await publicAlert(w)}`, body: { status: 'acknowledged' } })),

  'GET /api/forecasts': get('forecasts.read', '/api/forecasts?limit=5'),
  'GET /api/forecasts/:id': sample('forecasts.read', async (w) => ({ method: 'GET', url: `/api/forecasts/${await savedForecastRun(w)}` })),
  'POST /api/forecasts': sample('forecasts.write', () => ({ method: 'POST', url: '/api/forecasts', body: forecastRunBody() })),
  'GET /api/watchlist': get('watchlist.read', '/api/watchlist?level=country&limit=5'),

  'GET /api/review': get('review.read', '/api/review'),
  'GET /api/review/assignments': get('review.read', '/api/review/assignments?assignee=me'),
  'GET /api/review/rejected-rows': get('review.read', '/api/review/rejected-rows?limit=5'),
  'POST /api/review/assignments': sample('review.write', (w) => ({ method: 'POST', url: '/api/review/assignments', body: { ids: [w.incidentId], assignee: 'me' } })),
  'POST /api/review/verification': sample('review.write', async (w) => {
    const r = await freshRecord(w, 'incidents');
    return { method: 'POST', url: '/api/review/verification', body: { filter: { id: [r.id] }, status: 'verified', expected: 1 } };
  }),

  'GET /api/framework': get('framework.read', '/api/framework'),
  'GET /api/mechanisms/acceptance': get('mechanisms.read', '/api/mechanisms/acceptance?state=FRA&instrument=ICCPR-OP1'),
  'GET /api/framework/:country': get('framework.read', '/api/framework/XVR?since=2024-01-01'),
  'POST /api/framework/:country/assessments': sample('framework.write', (w) => ({
    method: 'POST',
    url: '/api/framework/XVR/assessments',
    body: { indicator: 'indicator-9-1', status: 'partly', assessedOn: '2025-03-01', note: 'matrix', incidentIds: [w.incidentId] },
  })),
  'GET /api/framework/:country/suggestions': get('framework.read', '/api/framework/XVR/suggestions'),
  'POST /api/framework/:country/suggestions/:id/confirm': sample('framework.write', async (w) => {
    // A public incident of marking by identity: the data then suggests indicator 7.13 for XVR.
    await asAdmin(w.api, w.api.post('administrator', '/api/incidents', incidentBody({ confidentiality: 'public', acts: [{ violationType: 'identity-marking' }] })));
    return { method: 'POST', url: '/api/framework/XVR/suggestions/indicator-7-13/confirm', body: { assessedOn: '2025-03-02' } };
  }),

  'GET /api/mechanisms': get('mechanisms.read', '/api/mechanisms'),
  'POST /api/cases/check': sample('mechanisms.read', () => ({
    method: 'POST',
    url: '/api/cases/check',
    body: { mechanism: 'CERD', state: 'XVR', submissionDate: '2024-05-02', violation: { start: '2023-06', end: null, continuing: false }, finalDomesticDecision: '2024-01-15', remedies: [], remediesException: null, otherProcedure: null, authorIsVictim: true, authorAnonymous: false },
  })),

  'GET /api/incidents': get('incidents.read', '/api/incidents?limit=5'),
  'GET /api/incidents/count': get('incidents.read', '/api/incidents/count?q=leaflets'),
  'POST /api/incidents': sample('incidents.write', () => ({ method: 'POST', url: '/api/incidents', body: publicIncident() })),
  'GET /api/incidents/:id': get('incidents.read', (w) => `/api/incidents/${w.incidentId}`),
  'PUT /api/incidents/:id': sample('incidents.write', async (w) => {
    const r = await freshRecord(w, 'incidents');
    return { method: 'PUT', url: `/api/incidents/${r.id}`, body: { version: r.version, ...publicIncident() } };
  }),
  'DELETE /api/incidents/:id': sample('incidents.delete', async (w) => {
    const r = await freshRecord(w, 'incidents');
    return { method: 'DELETE', url: `/api/incidents/${r.id}?version=${r.version}` };
  }),
  'POST /api/incidents/:id/restore': sample('incidents.delete', async (w) => {
    const r = await freshRecord(w, 'incidents', { deleted: true });
    return { method: 'POST', url: `/api/incidents/${r.id}/restore?version=${r.version}` };
  }),
  'GET /api/stats': get('incidents.read', '/api/stats?country=XVR'),
  'GET /api/stats/extent': get('incidents.read', '/api/stats/extent?country=XVR'),
  'GET /api/exports': get('exports.read', '/api/exports?format=csv&country=XVR'),
  'GET /api/groups/:id/usage': get('registry.read', (w) => `/api/groups/${w.groupId}/usage`),
  'GET /api/groups/usage': get('registry.read', (w) => `/api/groups/usage?id=${w.groupId}`),
  'GET /api/actors/:id/usage': get('registry.read', (w) => `/api/actors/${w.actorId}/usage`),
  'GET /api/actors/usage': get('registry.read', (w) => `/api/actors/usage?id=${w.actorId}`),
  'GET /api/sources/:id/usage': get('sources.read', (w) => `/api/sources/${w.sourceId}/usage`),
  'GET /api/sources/usage': get('sources.read', (w) => `/api/sources/usage?id=${w.sourceId}`),

  'POST /api/evidence': sample('evidence.write', () => {
    // Bytes of its own each time: the same file again would be answered with the stored record.
    const { payload, headers } = multipart([{ name: 'file', filename: 'note.txt', contentType: 'text/plain', content: `note ${randomBytes(8).toString('hex')}` }]);
    return { method: 'POST', url: '/api/evidence', payload, headers };
  }),
  'GET /api/evidence': get('evidence.read', (w) => `/api/evidence?id=${w.evidenceId}`),
  'GET /api/evidence/:id': get('evidence.read', (w) => `/api/evidence/${w.evidenceId}`),
  'GET /api/evidence/:id/content': get('evidence.read', (w) => `/api/evidence/${w.evidenceId}/content`),
  'POST /api/evidence/:id/verify': sample('evidence.read', (w) => ({ method: 'POST', url: `/api/evidence/${w.evidenceId}/verify` })),

  'GET /api/audit': get('audit.read', '/api/audit?limit=5'),
  'GET /api/audit/verify': get('audit.verify', '/api/audit/verify'),
  'POST /api/incidents/:id/purge': sample('records.purge', async (w) => {
    const r = await freshRecord(w, 'incidents');
    return { method: 'POST', url: `/api/incidents/${r.id}/purge`, body: { reason: 'it names a witness' } };
  }),

  'GET /api/persons': get('persons.read', (w) => `/api/persons?incidentId=${w.incidentId}`),
  'POST /api/persons/lookup': sample('persons.read-identity', () => ({ method: 'POST', url: '/api/persons/lookup', body: { name: 'Witness 1' } })),
  'POST /api/persons': sample('persons.write', (w) => ({ method: 'POST', url: '/api/persons', body: personBody(w.incidentId) })),
  'GET /api/persons/:id': get('persons.read', (w) => `/api/persons/${w.personId}`),
  'PUT /api/persons/:id': sample('persons.write', async (w) => {
    const r = await freshPerson(w);
    return { method: 'PUT', url: `/api/persons/${r.id}`, body: { version: r.version, ...personBody() } };
  }),
  'DELETE /api/persons/:id': sample('persons.write', async (w) => {
    const r = await freshPerson(w);
    return { method: 'DELETE', url: `/api/persons/${r.id}?version=${r.version}` };
  }),
  'POST /api/persons/:id/consent': sample('persons.write', async (w) => {
    const r = await freshPerson(w);
    return { method: 'POST', url: `/api/persons/${r.id}/consent`, body: { version: r.version, scope: 'share-un', date: '2024-02-01' } };
  }),
  'POST /api/persons/:id/consent/withdraw': sample('persons.write', async (w) => {
    const r = await freshPerson(w, { consent: true });
    return { method: 'POST', url: `/api/persons/${r.id}/consent/withdraw`, body: { version: r.version, date: '2024-03-01' } };
  }),

  // Imports (src/ingest/routes.ts): their samples import files of their own.
  ...importSamples,
};

/**
 * Routes whose rule the matrix pins but whose requests it does not send: signing in, the first
 * run and one's own account need a real account and session (the test actors have none) — the
 * account routes are sent by a signed-in account of every role in src/accounts/matrix.test.ts —
 * and a backup writes the whole database (its refusals by role: src/backup/routes.test.ts).
 * Their rule must still match here.
 */
export const ruleOnly: Record<string, { access: AccessRule; testedIn: string }> = Object.fromEntries(
  (
    [
      ['GET /api/session', 'open'],
      ['POST /api/session', 'open'],
      ['DELETE /api/session', 'open'],
      ['POST /api/setup', 'open'],
      ['GET /api/users', 'users.manage'],
      ['POST /api/users', 'users.manage'],
      ['PUT /api/users/:id', 'users.manage'],
      ['POST /api/users/:id/password', 'users.manage'],
      ['GET /api/teams', 'users.manage'],
      ['POST /api/teams', 'users.manage'],
      ['DELETE /api/teams/:id', 'users.manage'],
      ['PUT /api/account/password', 'account.manage'],
      ['POST /api/account/totp', 'account.manage'],
      ['POST /api/account/totp/confirm', 'account.manage'],
      ['POST /api/account/totp/disable', 'account.manage'],
      ['GET /api/tokens', 'account.manage'],
      ['POST /api/tokens', 'account.manage'],
      ['DELETE /api/tokens/:id', 'account.manage'],
    ] as const
  )
    .map(([route, access]) => [route, { access, testedIn: 'src/accounts/matrix.test.ts' }] as [string, { access: AccessRule; testedIn: string }])
    // A backup writes a whole archive of the database: once per role would be slow; its refusals are tested there.
    .concat([['POST /api/backup', { access: 'backup.run', testedIn: 'src/backup/routes.test.ts' }]]),
);

/** The sample of a route: its own, or for HEAD the GET's sent as HEAD; undefined when it has none. */
export function sampleFor(method: string, url: string): RouteSample | undefined {
  const own = routeSamples[`${method} ${url}`];
  if (own || method !== 'HEAD') return own;
  const twin = routeSamples[`GET ${url}`];
  return twin && sample(twin.access, async (w) => ({ ...(await twin.request(w)), method: 'HEAD' as const }));
}
