import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayRead, scopeFor, type Confidentiality } from '../access/scope.js';
import { createContext, type RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { createIncidents } from '../incidents/service.js';
import { IncidentInput } from '../incidents/schema.js';
import { incidentBody } from '../../test/api.js';
import { engines, type TestDatabase, openTestDatabase } from '../../test/databases.js';
import { listAudit } from './service.js';

/**
 * A restricted reader pages through a long trail: the entries it may see are chosen in SQL, a
 * page at a time (issue 15's leftover: not checked entry by entry), so every page is full, each
 * costs the same few queries however many entries it skips, and the pages together hold exactly
 * the entries of the incidents the reader may read — counted here with `mayRead`, apart from SQL.
 */
describe.each(engines)('paging the audit trail as a restricted reader on %s', (engine) => {
  let test: TestDatabase;
  const levels: Confidentiality[] = ['public', 'internal', 'confidential', 'strictly-confidential'];
  const teamSets = [[], ['east'], ['west']];
  const records: { id: string; confidentiality: string; teams: string[] }[] = [];
  const reader = { id: 'analyst-east', name: 'Analyst of the east team', scope: scopeFor('analyst', { clearance: 'confidential', teams: ['east'] }) };

  /** The database with every statement counted, as the reader's requests would run them. */
  const counting = (db: Database) => {
    const counter = { queries: 0 };
    const counted = new Proxy(db, {
      get(target, key, receiver) {
        if (key === 'query') return (...args: Parameters<Database['query']>) => (counter.queries++, target.query(...args));
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return { counter, db: counted as Database };
  };

  beforeAll(async () => {
    test = await openTestDatabase(engine);
    const inputs = Array.from({ length: 96 }, (_, i) =>
      IncidentInput.parse(incidentBody({ title: `Entry ${i}`, confidentiality: levels[i % levels.length], teams: teamSets[Math.floor(i / levels.length) % teamSets.length] })),
    );
    // In batches, so the trail interleaves readable and unreadable entries all the way down.
    for (let i = 0; i < inputs.length; i += 32) {
      for (const inc of await createIncidents(createContext(test.db), inputs.slice(i, i + 32))) records.push({ id: inc.id, confidentiality: inc.confidentiality, teams: inc.teams ?? [] });
    }
  }, 300_000);
  afterAll(async () => {
    await test?.dispose();
  });

  it('gives full pages, a constant number of queries each, and exactly the entries of the incidents it may read', async () => {
    const readable = new Set(records.filter((r) => mayRead(reader.scope, r)).map((r) => r.id));
    expect(readable.size).toBeGreaterThan(0);
    expect(readable.size).toBeLessThan(records.length);

    const { counter, db } = counting(test.db);
    const ctx: RequestContext = createContext(db, reader);
    const seen: string[] = [];
    const queriesPerPage: number[] = [];
    const sizes: number[] = [];
    let beforeId: number | undefined;
    for (let page = 0; page < 100; page++) {
      counter.queries = 0;
      const { items, nextCursor } = await listAudit(ctx, { entity: 'incident', beforeId, limit: 10 });
      queriesPerPage.push(counter.queries);
      sizes.push(items.length);
      seen.push(...items.map((e) => e.entityId!));
      if (!nextCursor) break;
      beforeId = Number(nextCursor);
    }
    expect(new Set(seen).size).toBe(seen.length); // nothing repeated
    expect(new Set(seen)).toEqual(readable); // nothing skipped, nothing unreadable
    expect(sizes.slice(0, -1).every((n) => n === 10)).toBe(true);
    // One query chooses the page's entries; what is trimmed inside them is looked up once per page.
    expect(Math.max(...queriesPerPage)).toBeLessThanOrEqual(3);
  });
});
