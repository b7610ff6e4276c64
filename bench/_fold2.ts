import { openPglite } from '../src/db/pglite.js';
import { adjustRollup } from '../src/incidents/store/rollup.js';
const db = await openPglite('.bench/ingest-statements/pgdata');
const ids = (await db.query<{id:string}>('select id from incidents order by created_at limit 1000')).map(r=>r.id);
const orig = db.query.bind(db);
await db.transaction(async (tx) => {
  const wrapped = { query: async (t: string, p: unknown[]) => { const r = await tx.query<{ 'QUERY PLAN': string }>('explain (analyze, buffers off) ' + t, p); console.log(r.map((x) => x['QUERY PLAN']).join('\n')); return []; } };
  await adjustRollup(wrapped as never, 'id = any($1::uuid[])', [ids], 1);
  throw new Error('rollback');
}).catch(() => {});
await db.close();
