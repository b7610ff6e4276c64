import { remoteGet, type RemoteLogin } from '../accounts/remote.js';
import { DomainError } from '../errors.js';
import { namesToIds } from './names.js';
import type { Incident } from './schema.js';
import type { IncidentNames } from './show.js';

/**
 * `incidents list|search|show` and `stats` against a shared server (after `precursor login`):
 * the same questions as the local commands, asked of its HTTP API with the stored token, so
 * the answers are what that account may see there.
 */

type Query = Record<string, string | string[] | undefined>;

export function queryString(params: Query): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    q.set(key, Array.isArray(value) ? value.join(',') : value);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Group and perpetrator names become ids on the server, as the local commands resolve them locally. */
function resolveRemoteNames(remote: RemoteLogin, kind: 'groups' | 'actors', values: string[] | undefined, option: string) {
  return namesToIds(kind, values, option, async (q) => (await remoteGet<{ items: { id: string; name: string }[] }>(remote, `/api/${kind}${queryString({ q, limit: '20' })}`)).items);
}

export async function remoteFilters(remote: RemoteLogin, o: Record<string, unknown>): Promise<Query> {
  return {
    country: o.country as string[] | undefined,
    admin1: o.admin1 as string[] | undefined,
    group: await resolveRemoteNames(remote, 'groups', o.group as string[] | undefined, '--group'),
    basis: o.basis as string[] | undefined,
    type: o.type as string[] | undefined,
    perpetrator: await resolveRemoteNames(remote, 'actors', o.perpetrator as string[] | undefined, '--perpetrator'),
    level: o.level as string[] | undefined,
    verification: o.verification as string[] | undefined,
    from: o.from as string | undefined,
    to: o.to as string | undefined,
    deleted: o.deleted as string | undefined,
  };
}

/** A record that is gone or out of this account's reach is shown by its id. */
const orMissing = <T>(promise: Promise<T>): Promise<T | undefined> =>
  promise.catch((err: unknown) => {
    if (err instanceof DomainError && (err.code === 'not-found' || err.code === 'forbidden')) return undefined;
    throw err;
  });

export async function remoteIncidentNames(remote: RemoteLogin, incident: Incident): Promise<IncidentNames> {
  const byId = async <T extends { id: string }>(path: string, ids: string[]) => {
    const found = await Promise.all([...new Set(ids)].map((id) => orMissing(remoteGet<T>(remote, `${path}/${id}`))));
    return new Map(found.filter((r): r is Awaited<T> => r !== undefined).map((r) => [r.id, r]));
  };
  const [groups, actors, sources, evidence, incidents] = await Promise.all([
    byId<{ id: string; name: string }>('/api/groups', incident.acts.flatMap((a) => (a.groupId ? [a.groupId] : []))),
    byId<{ id: string; name: string }>('/api/actors', incident.acts.flatMap((a) => a.perpetrators.map((p) => p.actorId))),
    byId<{ id: string; name: string; reliability: string }>('/api/sources', incident.sources.map((s) => s.sourceId)),
    byId<{ id: string; filename: string; sha256: string }>('/api/evidence', incident.evidenceIds),
    byId<{ id: string; title: string }>('/api/incidents', incident.links.map((l) => l.incidentId)),
  ]);
  return { groups, actors, sources: sources as IncidentNames['sources'], evidence, incidents };
}
