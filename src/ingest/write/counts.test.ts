import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { reportOf, row } from '../../../test/importRows.js';
import { fullScope, scopeFor } from '../../access/scope.js';
import { createContext, type RequestContext } from '../../context.js';
import { getIncident, setIncidentDeleted, updateIncident } from '../../incidents/service.js';
import { inputOf } from '../../incidents/document.js';
import * as store from '../../incidents/store/index.js';
import type { StatsDimension } from '../../incidents/schema.js';
import { createImportWriter, importWriter } from './index.js';

/**
 * An import sets its counts aside (migration 030) and folds them in when it finishes. These
 * tests read the counts while they are set aside — after a person has edited and deleted some
 * of the imported incidents, and after a run was left unfinished as a kill leaves it — and
 * check every answer against the incidents table, then check the folded tables against a
 * rollup rebuilt from scratch.
 */
describe.each(engines)('counts set aside by an import on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
  });
  afterAll(() => t?.dispose());

  const deltaRows = async () =>
    (await t.db.query<{ n: number }>('select count(*)::int as n from incident_rollup_delta'))[0]!.n;
  const byDimensions: StatsDimension[][] = [[], ['month'], ['group', 'level'], ['admin1', 'year'], ['country']];
  const scopes = [fullScope, scopeFor('analyst', { clearance: 'internal' })];
  /** Every count the rollup answers equals the count from the incidents table, for a reader who sees all and one who does not. */
  async function countsAgree() {
    for (const scope of scopes) {
      for (const by of byDimensions) {
        const f: store.IncidentFilter = { deleted: 'exclude' };
        expect(store.rollupCanAnswer(f, by)).toBe(true);
        expect(await store.selectStats(t.db, scope, f, by), `by ${by.join(',')}`).toEqual(await store.selectStats(t.db, scope, f, by, false));
      }
      const groups = (await t.db.query<{ id: string }>('select id from groups')).map((g) => g.id);
      const usage = await store.countIncidentsUsing(t.db, scope, 'groups', groups);
      for (const id of groups) {
        const [fromTable] = await store.selectStats(t.db, scope, { deleted: 'exclude', groupIds: [id] }, [], false);
        expect(usage.get(id), `group ${id}`).toBe(fromTable?.incidents ?? 0);
      }
    }
  }
  async function foldedEqualsRebuilt() {
    expect(await deltaRows()).toBe(0);
    const snapshot = () =>
      Promise.all([
        t.db.query('select * from incident_rollup where incidents <> 0 order by country, group_key, month, month_known, last_month, admin1, pyramid_level, confidentiality, teams'),
        t.db.query('select * from incident_counts where incidents <> 0 order by clearance, country, group_key, month, month_known, last_month, pyramid_level, teams'),
      ]);
    const folded = await snapshot();
    await t.db.transaction((tx) => store.rebuildRollup(tx));
    expect(await snapshot()).toEqual(folded);
  }

  it('answers exactly while an import runs and after edits of what it wrote, and folds each key in once when it finishes', async () => {
    const begin = (file: string) =>
      importWriter.beginBatch(ctx, { sourceSystem: 'counts', fileName: file, fileSha256: file.padEnd(64, '0').slice(0, 64), format: 'csv', mappingName: 'test', mapping: null });
    const batch = await begin('first.csv');
    const rows = Array.from({ length: 8 }, (_, i) =>
      row(i, { key: `C${i}`, confidentiality: i % 3 ? 'internal' : 'confidential', startDate: i % 2 ? '2023-05' : `2023-0${1 + (i % 4)}-14` }),
    );
    const outcomes = [...(await importWriter.writeIncidents(ctx, batch, rows.slice(0, 4))), ...(await importWriter.writeIncidents(ctx, batch, rows.slice(4)))];
    expect(outcomes.map((o) => o.status)).toEqual(Array(8).fill('imported'));
    // Set aside, not in the tables yet: the tables alone would count nothing of this import.
    expect(await deltaRows()).toBeGreaterThan(0);
    expect((await t.db.query<{ n: number }>('select count(*)::int as n from incident_rollup where incidents <> 0'))[0]!.n).toBe(0);
    await countsAgree();

    // A person's edits meanwhile adjust the tables themselves: the sums stay exact.
    const [a, b] = outcomes.map((o) => (o as { incidentId: string }).incidentId);
    const before = await getIncident(ctx, a!);
    await updateIncident(ctx, a!, before.version, { ...inputOf(before), confidentiality: 'strictly-confidential', startDate: '2021', acts: before.acts.map((x) => ({ ...x, victims: { ...x.victims, killed: 99 } })) });
    await setIncidentDeleted(ctx, b!, (await getIncident(ctx, b!)).version, true);
    await countsAgree();

    // A second run left unfinished, as a kill leaves it: its counts stay aside, and still count.
    const killed = await begin('killed.csv');
    await importWriter.writeIncidents(ctx, killed, [row(20, { key: 'K20', startDate: '2024' })]);
    await countsAgree();

    await importWriter.finishBatch(ctx, batch, reportOf(batch, outcomes), 'finished');
    // The finish folds every count set aside, the unfinished run's too.
    await countsAgree();
    await foldedEqualsRebuilt();
    await countsAgree();
  });

  it('folds on its way through a long import, every so many rows', async () => {
    const writer = createImportWriter({ foldCountsEvery: 5 });
    const batch = await writer.beginBatch(ctx, { sourceSystem: 'counts', fileName: 'long.csv', fileSha256: 'e'.repeat(64), format: 'csv', mappingName: 'test', mapping: null });
    await writer.writeIncidents(ctx, batch, [row(40, { key: 'L40' }), row(41, { key: 'L41' }), row(42, { key: 'L42' })]);
    expect(await deltaRows()).toBeGreaterThan(0);
    // Six rows written since the last fold, five allowed: folded in the same transaction.
    await writer.writeIncidents(ctx, batch, [row(43, { key: 'L43' }), row(44, { key: 'L44' }), row(45, { key: 'L45' })]);
    expect(await deltaRows()).toBe(0);
    await writer.writeIncidents(ctx, batch, [row(46, { key: 'L46' })]);
    expect(await deltaRows()).toBeGreaterThan(0);
    await countsAgree();
    await writer.finishBatch(ctx, batch, reportOf(batch, []), 'finished');
    await foldedEqualsRebuilt();
  });

  it('keeps the counts exact when an unfinished import is rolled back', async () => {
    const batch = await importWriter.beginBatch(ctx, { sourceSystem: 'counts', fileName: 'rolled.csv', fileSha256: 'f'.repeat(64), format: 'csv', mappingName: 'test', mapping: null });
    await importWriter.writeIncidents(ctx, batch, [row(30, { key: 'R30' }), row(31, { key: 'R31' })]);
    expect(await deltaRows()).toBeGreaterThan(0);
    await importWriter.rollbackBatch(ctx, batch.id);
    await countsAgree();
    await foldedEqualsRebuilt();
  });
});
