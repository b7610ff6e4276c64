import type { IncidentBody } from './formModel';

/**
 * The web side of a three-way merge (the server merges; see src/incidents/merge.ts): the
 * shapes the API answers, where each conflict's path points, and the document saved once a
 * person has decided each conflict. Pure, so it is tested without a browser.
 */
export interface MergeConflict {
  /** `title`, `acts.<actId>.victims.killed`, `sources.<sourceId>.credibility`, `acts.<actId>` (removed on one side)… */
  path: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/** The 409's `merge`: every change that does not conflict applied; at each conflict, mine. */
export interface MergeProposal {
  baseVersion: number;
  theirsVersion: number;
  /** False when the version the editor read is not in the audit trail: every difference is then a conflict, with no base to show. */
  baseFound: boolean;
  merged: IncidentBody;
  conflicts: MergeConflict[];
}

/** A clean merge's report, answered with the saved record. */
export type { MergeReport } from '../api/types';

export type Choice = 'mine' | 'theirs';

/** Where a path points, for its label. `n` counts acts from 1 in the document, null when the act is not in it. */
export type PathTarget =
  | { kind: 'field'; field: string }
  | { kind: 'act'; actId: string; n: number | null; field: string | null }
  | { kind: 'source'; sourceId: string; field: string | null }
  | { kind: 'link'; incidentId: string; linkKind: string; field: string | null };

export function pathTarget(path: string, doc: IncidentBody): PathTarget {
  const [head, key, ...rest] = path.split('.');
  const field = rest.length ? rest.join('.') : null;
  if (head === 'acts' && key) {
    const i = doc.acts.findIndex((a) => a.id === key);
    return { kind: 'act', actId: key, n: i >= 0 ? i + 1 : null, field };
  }
  if (head === 'sources' && key) return { kind: 'source', sourceId: key, field };
  if (head === 'links' && key) {
    const at = key.indexOf(':');
    return { kind: 'link', incidentId: key.slice(0, at), linkKind: key.slice(at + 1), field };
  }
  return { kind: 'field', field: path };
}

/** The merged document with each conflict decided: mine is already there; theirs is put in its place. */
export function resolveMerge(proposal: MergeProposal, choices: Readonly<Record<string, Choice>>): IncidentBody {
  const doc = structuredClone(proposal.merged);
  for (const c of proposal.conflicts) if (choices[c.path] === 'theirs') setAt(doc, c.path, c.theirs);
  return doc;
}

/** Every conflict has a choice. */
export const allDecided = (conflicts: readonly MergeConflict[], choices: Readonly<Record<string, Choice>>) => conflicts.every((c) => choices[c.path] !== undefined);

type Item = Record<string, unknown>;

function setAt(doc: IncidentBody, path: string, value: unknown) {
  const [head, key, ...rest] = path.split('.');
  const keyed: Record<string, (item: Item) => string> = {
    acts: (a) => String(a.id),
    sources: (s) => String(s.sourceId),
    links: (l) => `${String(l.incidentId)}:${String(l.kind)}`,
  };
  const keyOf = head ? keyed[head] : undefined;
  if (!keyOf || key === undefined) {
    (doc as unknown as Item)[path] = value;
    return;
  }
  const items = (doc as unknown as Record<string, Item[]>)[head!]!;
  const i = items.findIndex((item) => keyOf(item) === key);
  if (rest.length === 0) {
    // A whole item: removed on one side, changed on the other. null means "removed".
    if (value === null) {
      if (i >= 0) items.splice(i, 1);
    } else if (i >= 0) items[i] = value as Item;
    else items.push(value as Item);
    return;
  }
  if (i < 0) return;
  let target = items[i]!;
  for (const part of rest.slice(0, -1)) target = target[part] as Item;
  target[rest.at(-1)!] = value;
}
