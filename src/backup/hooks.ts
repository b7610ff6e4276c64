import type { Sql } from '../db/database.js';

/**
 * What a restore must not undo. A purge erases a record that endangers someone and leaves a
 * tombstone; restoring an older backup would bring the record back. So the target's tombstone
 * rows survive a `restore --replace` (merged with the backup's), and after the rows are loaded,
 * inside the same transaction, each `afterRestore` step runs — there, the purges the
 * tombstones name are applied again.
 *
 * TODO(lead): the audit module (src/audit/) exports `reapplyTombstones(tx)` and names its
 * tombstone table; wire both here, e.g.
 *   import { reapplyTombstones, tombstoneTable } from '../audit/tombstones.js';
 *   export const tablesKeptAcrossRestore = [tombstoneTable];
 *   export const afterRestore = [reapplyTombstones];
 */
export const tablesKeptAcrossRestore: readonly string[] = ['tombstones'];

export const afterRestore: ((tx: Sql) => Promise<void>)[] = [];
