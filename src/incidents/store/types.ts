import { victimKinds } from '../schema.js';

/**
 * The rows of incidents and of what hangs from them (acts, involvements, the sources'
 * information, evidence links, chain-of-events links), as the store reads and writes them.
 */

/** Victim counts by kind: columns of both incidents (totals) and acts. */
export type VictimColumns = Record<(typeof victimKinds)[number], number>;

export interface IncidentRow extends VictimColumns {
  id: string;
  title: string;
  narrative: string;
  start_date: string;
  start_precision: 'day' | 'month' | 'year';
  end_date: string | null;
  end_precision: 'day' | 'month' | 'year' | null;
  date_estimated: boolean;
  report_date: string | null;
  place_id: string | null;
  country: string;
  admin1: string | null;
  derived_level: number;
  level_override: number | null;
  level_override_reason: string | null;
  pyramid_level: number;
  verification_status: string;
  confidentiality: string;
  /** Team ids the record is restricted to; empty: no team restriction. */
  teams: string[];
  /** The confidentiality level below which a reader does not see the exact place (null: not withheld). */
  withhold_place: string | null;
  withhold_date: string | null;
  withhold_reporter: string | null;
  monitoring_status: string;
  group_ids: string[];
  identity_bases: string[];
  violation_types: string[];
  perpetrator_ids: string[];
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
}

/** The columns a write sets; the database fills the rest (level, timestamps). */
export type IncidentWrite = Omit<IncidentRow, 'pyramid_level' | 'version' | 'created_at' | 'updated_at' | 'deleted_at' | 'created_by'> & {
  created_by?: string;
};

export interface ActRow extends VictimColumns {
  id: string;
  incident_id: string;
  position: number;
  violation_type: string;
  group_id: string | null;
  identity_basis: string | null;
}

export interface InvolvementRow {
  act_id: string;
  actor_id: string;
  degree: string;
}

export interface IncidentSourceRow {
  incident_id: string;
  source_id: string;
  connection: string;
  material_type: string;
  information_date: string | null;
  credibility: number;
  note: string;
}

export interface IncidentEvidenceRow {
  incident_id: string;
  evidence_id: string;
}

export interface LinkRow {
  from_incident: string;
  to_incident: string;
  kind: string;
  note: string;
}

export interface IncidentChildren {
  acts: ActRow[];
  involvements: InvolvementRow[];
  sources: IncidentSourceRow[];
  evidence: IncidentEvidenceRow[];
  links: LinkRow[];
}


/** The incidents table's columns; the narrative lives in incident_texts (migration 001 says why). */
export const incidentColumns = `id, title, start_date, start_precision, end_date, end_precision, date_estimated,
  report_date, place_id, country, admin1, derived_level, level_override, level_override_reason, pyramid_level,
  verification_status, confidentiality, teams, withhold_place, withhold_date, withhold_reporter, monitoring_status,
  killed, injured, detained, disappeared, displaced, affected,
  group_ids, identity_bases, violation_types, perpetrator_ids, version, created_at, created_by, updated_at, updated_by, deleted_at`;

/** The same columns qualified by a table alias (`i.id, i.title, …`). */
export const incidentColumnsOf = (alias: string) => incidentColumns.replace(/(^|,\s*)(\w+)/g, `$1${alias}.$2`);

/**
 * The victim counts summed, for a stats query over incidents or the rollup: as bigint, since
 * a country's sums pass 2^31 long before its counts do (22 incidents of 100,000,000 killed).
 * The driver reads int8 as a JavaScript number (src/db/database.ts), exact below 2^53.
 */
export const victimSums = victimKinds.map((k) => `coalesce(sum(${k}), 0)::bigint as ${k}`);

export type StatsRow = Record<string, string | number | null>;
