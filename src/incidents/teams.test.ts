import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActorsApi, type ActorsApi } from '../../test/actors.js';
import { incidentBody } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * An incident's teams as a filter (`team=` on the list and stats, through the door like every
 * filter) and the teams' names for every account (`GET /api/team-names`), which the form's team
 * picker and the list's Team column read.
 */
describe.each(engines)('incidents by team on %s', (engine) => {
  let api: ActorsApi;
  const team = { east: '', west: '' };
  const inc: Record<string, string> = {};

  beforeAll(async () => {
    api = await openActorsApi(engine);
    for (const name of ['East', 'West'] as const) {
      const res = await api.post('administrator', '/api/teams', { name: `${name} team` });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      team[name.toLowerCase() as 'east' | 'west'] = res.body.id;
    }
    for (const [key, teams] of [['east', [team.east]], ['west', [team.west]], ['both', [team.east, team.west]], ['none', []]] as const) {
      const res = await api.post('administrator', '/api/incidents', incidentBody({ title: `Of ${key}`, teams }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      inc[key] = res.body.id;
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  const listed = async (as: Parameters<ActorsApi['get']>[0], query: string) => {
    const res = await api.get(as, `/api/incidents?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return new Set((res.body.items as { id: string }[]).map((i) => i.id));
  };

  it('lists and counts the incidents restricted to a team', async () => {
    expect(await listed('administrator', `team=${team.east}`)).toEqual(new Set([inc.east, inc.both]));
    expect(await listed('administrator', `team=${team.east},${team.west}`)).toEqual(new Set([inc.east, inc.west, inc.both]));
    const stats = await api.get('administrator', `/api/stats?by=level&team=${team.west}`);
    expect(stats.body.totals.incidents).toBe(2);
  });

  it('still goes through the door: a member of the west team finds none of the east team’s own', async () => {
    const westMember = { role: 'analyst' as const, teams: [team.west] };
    expect(await listed(westMember, `team=${team.east}`)).toEqual(new Set([inc.both]));
    expect((await api.get(westMember, `/api/stats?by=level&team=${team.east}`)).body.totals.incidents).toBe(1);
  });

  it('refuses a team that is not a team id, naming the filter', async () => {
    const res = await api.get('administrator', `/api/incidents?team=${'x'.repeat(101)}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('team.0');
  });

  it('names the teams for every account, without their members; never for the public', async () => {
    const res = await api.get('viewer', '/api/team-names');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { id: team.east, name: 'East team' },
      { id: team.west, name: 'West team' },
    ]);
    expect((await api.get('public', '/api/team-names')).status).toBe(403);
    expect((await api.get('anonymous', '/api/team-names')).status).toBe(401);
  });
});
