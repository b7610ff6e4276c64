import type { IncidentInput } from './schema.js';

/**
 * Three-way merge of incident documents: `base` is the version an editor started from,
 * `theirs` the version stored meanwhile, `mine` the editor's submission. A field only one
 * side changed takes that side's value; a field both changed the same way is no conflict;
 * only a field both changed differently is a conflict, and the merged document holds mine
 * there until a person decides. Acts merge by their stable id, sources' information by
 * source id, links by (target, kind), perpetrators and evidence as sets.
 *
 * Pure: no database, no clock. Example:
 *
 *   const { merged, conflicts } = mergeIncident(v2, v3, myEditOfV2);
 *   if (conflicts.length === 0) save(merged);
 */
export interface MergeConflict {
  /** `narrative`, `acts.<actId>.victims.killed`, `sources.<sourceId>.credibility`, `acts.<actId>` (removed on one side, changed on the other)… */
  path: string;
  /** null where the value is absent (an act removed, not yet added) or the base is unknown. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  merged: IncidentInput;
  conflicts: MergeConflict[];
  /** Paths whose value came from the other side: what the editor did not see. */
  fromTheirs: string[];
}

type Act = IncidentInput['acts'][number];
type Source = IncidentInput['sources'][number];
type Link = IncidentInput['links'][number];
type Involvement = Act['perpetrators'][number];

/** The incident's own fields, merged one by one. */
export const mergedFields = [
  'title',
  'narrative',
  'startDate',
  'endDate',
  'dateEstimated',
  'reportDate',
  'country',
  'admin1',
  'placeId',
  'pyramidLevelOverride',
  'verificationStatus',
  'confidentiality',
  'teams',
  'withhold',
  'monitoringStatus',
] as const satisfies readonly (keyof IncidentInput)[];

const victimKinds = ['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected'] as const;
const sourceFields = ['connection', 'materialType', 'informationDate', 'credibility', 'note'] as const;

/**
 * Merges `mine` into `theirs` against `base`. With `base` null (the version the editor
 * started from is not in the audit trail) no change can be attributed to a side, so every
 * field where mine and theirs differ is a conflict for the person to decide.
 */
export function mergeIncident(base: IncidentInput | null, theirs: IncidentInput, mine: IncidentInput): MergeResult {
  const m = new Merger(base !== null);
  const merged = { ...mine } as IncidentInput;
  const out = merged as unknown as Record<string, unknown>;
  for (const field of mergedFields) out[field] = m.pick(field, base?.[field], theirs[field], mine[field], base !== null);

  merged.acts = m.keyed<Act>(
    'acts',
    base?.acts ?? null,
    theirs.acts,
    mine.acts,
    // An act without id is new in that document: it has no counterpart anywhere.
    (a, i) => a.id ?? `new:${i}`,
    (path, b, t, me) => m.act(path, b, t, me),
    (a) => !a.id,
  );
  merged.sources = m.keyed<Source>(
    'sources',
    base?.sources ?? null,
    theirs.sources,
    mine.sources,
    (s) => s.sourceId,
    (path, b, t, me) => {
      const item = { ...me };
      for (const f of sourceFields) (item as Record<string, unknown>)[f] = m.pick(`${path}.${f}`, b?.[f], t[f], me[f], b !== undefined);
      return item;
    },
  );
  merged.links = m.keyed<Link>(
    'links',
    base?.links ?? null,
    theirs.links,
    mine.links,
    (l) => `${l.incidentId}:${l.kind}`,
    (path, b, t, me) => ({ ...me, note: m.pick(`${path}.note`, b?.note, t.note, me.note, b !== undefined) as string }),
  );
  merged.evidenceIds = m.set('evidenceIds', base?.evidenceIds ?? null, theirs.evidenceIds, mine.evidenceIds, (e) => e);
  return { merged, conflicts: m.conflicts, fromTheirs: m.fromTheirs };
}

class Merger {
  readonly conflicts: MergeConflict[] = [];
  readonly fromTheirs: string[] = [];
  constructor(private readonly baseKnown: boolean) {}

  /** One value: `hasBase` is false when the base holds no counterpart (added on both sides, or base unknown). */
  pick(path: string, b: unknown, t: unknown, me: unknown, hasBase: boolean): unknown {
    if (same(t, me)) return me;
    if (hasBase && same(b, me)) {
      this.fromTheirs.push(path);
      return t;
    }
    if (hasBase && same(b, t)) return me;
    this.conflicts.push({ path, base: hasBase ? (b ?? null) : null, mine: me ?? null, theirs: t ?? null });
    return me;
  }

  act(path: string, b: Act | undefined, t: Act, me: Act): Act {
    const has = b !== undefined;
    const victims = { ...me.victims };
    for (const k of victimKinds) victims[k] = this.pick(`${path}.victims.${k}`, b?.victims[k], t.victims[k], me.victims[k], has) as number;
    return {
      ...me,
      violationType: this.pick(`${path}.violationType`, b?.violationType, t.violationType, me.violationType, has) as string,
      groupId: this.pick(`${path}.groupId`, b?.groupId, t.groupId, me.groupId, has) as string | null | undefined,
      identityBasis: this.pick(`${path}.identityBasis`, b?.identityBasis, t.identityBasis, me.identityBasis, has) as string | null | undefined,
      victims,
      perpetrators: this.set(`${path}.perpetrators`, has ? b.perpetrators : null, t.perpetrators, me.perpetrators, (p: Involvement) => `${p.actorId}|${p.involvement}`),
    };
  }

  /**
   * Items with a key: one added on either side is kept, one removed on a side and untouched on
   * the other is removed, one kept on both is merged field by field. Removed on one side and
   * changed on the other is a conflict on the whole item (`acts.<id>`), mine kept meanwhile.
   * Order: theirs, then what only mine has, in mine's order.
   */
  keyed<T>(
    path: string,
    base: readonly T[] | null,
    theirs: readonly T[],
    mine: readonly T[],
    keyOf: (item: T, index: number) => string,
    mergeItem: (path: string, b: T | undefined, t: T, me: T) => T,
    isNew: (item: T) => boolean = () => false,
  ): T[] {
    const index = (items: readonly T[]) => new Map(items.map((item, i) => [keyOf(item, i), item]));
    const [b, t, me] = [index(base ?? []), index(theirs), index(mine)];
    const keys = [...new Set([...t.keys(), ...me.keys()])];
    const out: T[] = [];
    for (const key of keys) {
      const at = `${path}.${key}`;
      const [bi, ti, mi] = [b.get(key), t.get(key), me.get(key)];
      if (ti !== undefined && mi !== undefined) {
        out.push(mergeItem(at, bi, ti, mi));
      } else if (ti !== undefined) {
        // Only theirs has it: theirs added it, or mine removed it.
        if (!this.baseKnown || (bi !== undefined && !same(bi, ti))) this.conflicts.push({ path: at, base: bi ?? null, mine: null, theirs: ti });
        else if (bi === undefined) {
          this.fromTheirs.push(at);
          out.push(ti);
        }
      } else if (mi !== undefined) {
        // Only mine has it: mine added it, or theirs removed it. An item mine marks as new
        // (an act without id) was added, even when the base is unknown.
        if (isNew(mi)) out.push(mi);
        else if (!this.baseKnown || (bi !== undefined && !same(bi, mi))) {
          this.conflicts.push({ path: at, base: bi ?? null, mine: mi, theirs: null });
          out.push(mi);
        } else if (bi === undefined) out.push(mi);
        else this.fromTheirs.push(at);
      }
    }
    return out;
  }

  /** A set: each side's additions and removals both apply; with no base, any difference is one conflict on the whole set. */
  set<T>(path: string, base: readonly T[] | null, theirs: readonly T[], mine: readonly T[], keyOf: (item: T) => string): T[] {
    if (base === null) {
      const sorted = (items: readonly T[]) => [...new Map(items.map((i) => [keyOf(i), i])).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, i]) => i);
      return this.pick(path, null, sorted(theirs), sorted(mine), false) as T[];
    }
    const b = new Set(base.map(keyOf));
    const t = new Map(theirs.map((i) => [keyOf(i), i]));
    const me = new Map(mine.map((i) => [keyOf(i), i]));
    const out: T[] = [];
    let tookTheirs = false;
    for (const [key, item] of t) {
      if (me.has(key)) out.push(me.get(key)!);
      else if (!b.has(key)) {
        out.push(item);
        tookTheirs = true;
      }
    }
    for (const [key, item] of me) {
      if (t.has(key)) continue;
      if (!b.has(key)) out.push(item);
      else tookTheirs = true;
    }
    if (tookTheirs) this.fromTheirs.push(path);
    return out;
  }
}

/** Deep equality of JSON-like values; null and undefined are the same absence, object keys in any order. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b || ((a === null || a === undefined) && (b === null || b === undefined))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!same(ra[k], rb[k])) return false;
  return true;
}
