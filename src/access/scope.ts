/**
 * Who may see what. An actor's scope — role, clearance, teams — is all the access door needs to
 * turn a request into a predicate over records (see DESIGN.md, "One door for access"). Pure
 * data: no database, no clock.
 */

/** The roles, from most to least powerful. `public` is an anonymous reader of what is published. */
export const roles = ['administrator', 'editor', 'analyst', 'lawyer', 'viewer', 'public'] as const;
export type Role = (typeof roles)[number];

/** The confidentiality levels, least to most restricted: the order of data/taxonomies/confidentiality-levels.yaml. */
export const confidentialityLevels = ['public', 'internal', 'confidential', 'strictly-confidential'] as const;
export type Confidentiality = (typeof confidentialityLevels)[number];

/** 0 for public … 3 for strictly confidential. */
export const confidentialityRank = (level: Confidentiality): number => confidentialityLevels.indexOf(level);

/** The levels a clearance may read: every level up to and including it. */
export const readableLevels = (clearance: Confidentiality): Confidentiality[] => confidentialityLevels.slice(0, confidentialityRank(clearance) + 1);

/**
 * The highest clearance each role may hold: a user's own clearance is set at most this high.
 * The public reads only what is public; a viewer never sees more than internal records.
 */
export const maximumClearance: Record<Role, Confidentiality> = {
  administrator: 'strictly-confidential',
  editor: 'strictly-confidential',
  analyst: 'confidential',
  lawyer: 'strictly-confidential',
  viewer: 'internal',
  public: 'public',
};

export interface Scope {
  role: Role;
  /** The most restricted level this actor may read (never above the role's maximum). */
  clearance: Confidentiality;
  /**
   * The teams this actor belongs to. A record restricted to teams is seen only by their members
   * (and administrators, whose scope has `allTeams`).
   */
  teams: readonly string[];
  /** Sees records of every team: administrators, and the single user of local mode. */
  allTeams: boolean;
}

/** The scope of an administrator: everything, every team. */
export const fullScope: Scope = Object.freeze({ role: 'administrator', clearance: 'strictly-confidential', teams: Object.freeze([]) as readonly string[], allTeams: true });

/** The scope of an anonymous reader: published records only. */
export const publicScope: Scope = Object.freeze({ role: 'public', clearance: 'public', teams: Object.freeze([]) as readonly string[], allTeams: false });

/** A scope for a role, with the clearance capped at the role's maximum. */
export function scopeFor(role: Role, options: { clearance?: Confidentiality; teams?: readonly string[] } = {}): Scope {
  const max = maximumClearance[role];
  const wanted = options.clearance ?? max;
  const clearance = confidentialityRank(wanted) > confidentialityRank(max) ? max : wanted;
  return { role, clearance, teams: [...(options.teams ?? [])], allTeams: role === 'administrator' };
}

/**
 * Whether a scope may read a record with this confidentiality and these teams (empty: no team
 * restriction). The SQL predicate the door builds must agree with this function; the
 * authorisation tests compare the two.
 */
export function mayRead(scope: Scope, record: { confidentiality: string; teams?: readonly string[] }): boolean {
  const rank = confidentialityLevels.indexOf(record.confidentiality as Confidentiality);
  if (rank < 0 || rank > confidentialityRank(scope.clearance)) return false;
  if (scope.allTeams || !record.teams?.length) return true;
  return record.teams.some((t) => scope.teams.includes(t));
}
