import type { Database } from './database.js';

/**
 * The embedded database has no autovacuum (PGlite runs PostgreSQL as a single process,
 * without background workers), so nothing marks pages all-visible or refreshes planner
 * statistics on its own. Without that, counts cannot use index-only scans and plans
 * drift as data grows. We vacuum after bulk loads and on a timer; a vacuum with nothing
 * to do returns in milliseconds. A PostgreSQL server does this itself.
 */
export async function vacuum(db: Database): Promise<void> {
  if (db.engine === 'pglite') await db.exec('vacuum (analyze)');
}

/** Vacuums the embedded database every `minutes`; returns a function that stops it. */
export function scheduleVacuum(db: Database, minutes = 15, onError: (err: unknown) => void = () => {}): () => void {
  if (db.engine !== 'pglite') return () => {};
  const timer = setInterval(() => vacuum(db).catch(onError), minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
