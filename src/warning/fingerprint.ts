import { createHash } from 'node:crypto';
import { confidentialityLevels, type Confidentiality } from '../access/scope.js';
import type { Finding, PlaceGroupSeries } from './types.js';

/**
 * What a scan compares with a stored alert without reading the alert's incidents: the
 * protection and fingerprint of a finding, computed from the counts of the months it links
 * (MonthCell.protection, read from the warning counts, migration 026).
 */
export interface WindowProtection {
  /** The highest confidentiality and the union of the teams of the incidents behind it (as protectionOfAll). */
  confidentiality: string;
  teams: string[];
  /** Sum of the 32-bit hashes of their ids, and how many they are. */
  idSum: number;
  incidents: number;
}

/** Months from the first of a series to `month` (`YYYY-MM`). */
const monthIndex = (first: string, month: string) => (Number(month.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(first.slice(5, 7));

/** The protection of the incidents of a finding's window, from its series' cells (read from the counts). */
export function windowProtection(series: PlaceGroupSeries, window: Finding['window']): WindowProtection {
  const first = series.months[0]!.month;
  let rank = 0;
  let idSum = 0;
  let incidents = 0;
  const teams = new Set<string>();
  for (let t = monthIndex(first, window.from); t <= monthIndex(first, window.to); t++) {
    const cell = series.months[t]!;
    incidents += cell.byLevel[0] + cell.byLevel[1] + cell.byLevel[2] + cell.byLevel[3] + cell.byLevel[4];
    const p = cell.protection;
    if (!p) continue;
    idSum += p.idSum;
    for (const [level, n] of Object.entries(p.confidentiality)) if (n > 0) rank = Math.max(rank, confidentialityLevels.indexOf(level as Confidentiality));
    for (const [team, n] of Object.entries(p.teams)) if (n > 0) teams.add(team);
  }
  return { confidentiality: confidentialityLevels[rank]!, teams: [...teams].sort(), idSum, incidents };
}

/** JSON with sorted keys: jsonb gives keys back in its own order. */
export const canonical = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));

/**
 * A hash of everything a scan would write for a finding: its identity, severity, level, words,
 * figures, parameters, protection, and (through the id checksum and count) its incidents. Equal
 * fingerprints mean the stored alert needs no write.
 */
export function alertFingerprint(finding: Omit<Finding, 'incidentIds' | 'window'>, protection: WindowProtection): string {
  const f = finding;
  return createHash('sha1')
    .update(
      JSON.stringify([
        f.rule, f.country, f.admin1, f.groupId, f.month, f.severity, f.level, f.explanation, canonical(f.figures), canonical(f.parameters),
        protection.confidentiality, protection.teams, protection.idSum, protection.incidents,
      ]),
    )
    .digest('base64url');
}
