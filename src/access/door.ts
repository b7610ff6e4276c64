import { readableLevels, type Scope } from './scope.js';

/**
 * The access door's SQL side: the one predicate that says which records a scope may read,
 * for any table that carries a record's `confidentiality` and `teams` columns (incidents
 * today; the rollup carries both as keys). Every store query that reads records takes it;
 * `mayRead` in scope.ts is the same rule in TypeScript, and the tests compare the two.
 *
 * `add` appends a parameter and returns its placeholder (`$3`), so the predicate joins any
 * query's own parameters. Returns undefined when the scope reads everything (no clause at all,
 * so an administrator's query keeps its plan).
 */
export function visibilityPredicate(
  scope: Scope,
  add: (value: unknown) => string,
  columns: { confidentiality: string; teams: string } = { confidentiality: 'confidentiality', teams: 'teams' },
): string | undefined {
  const levels = readableLevels(scope.clearance);
  const allLevels = levels.length === 4;
  if (allLevels && scope.allTeams) return undefined;
  const clauses: string[] = [];
  if (!allLevels) clauses.push(`${columns.confidentiality} = any(${add(levels)}::text[])`);
  if (!scope.allTeams) {
    clauses.push(
      scope.teams.length
        ? `(cardinality(${columns.teams}) = 0 or ${columns.teams} && ${add([...scope.teams])}::text[])`
        : `cardinality(${columns.teams}) = 0`,
    );
  }
  return clauses.join(' and ');
}

/**
 * The same rule for rows that count records per reader clearance (incident_counts, migration
 * 011: each record counted under every clearance that may read it, keyed by the record's own
 * teams): a scope sums the rows of its own clearance, and of those only the rows of no team or
 * of one of its teams. Never undefined: even a scope that reads everything must pick its
 * clearance's rows, or it would count a record once per clearance.
 */
export function clearanceRowsPredicate(
  scope: Scope,
  add: (value: unknown) => string,
  columns: { clearance: string; teams: string } = { clearance: 'clearance', teams: 'teams' },
): string {
  const clauses = [`${columns.clearance} = ${add(scope.clearance)}`];
  if (!scope.allTeams) {
    clauses.push(
      scope.teams.length
        ? `(cardinality(${columns.teams}) = 0 or ${columns.teams} && ${add([...scope.teams])}::text[])`
        : `cardinality(${columns.teams}) = 0`,
    );
  }
  return clauses.join(' and ');
}

/**
 * The door for alerts (read by the alerts module and by the audit trail's door, so it lives here): a scope sees an alert only if it may read every incident behind it. The
 * alert's own confidentiality (the highest) and teams (the union) rule most out at once; then
 * each incident is checked, since teams joined in a union would let a reader of one team see an
 * alert standing also on another's. Undefined for a scope that reads everything.
 */
export function alertVisibility(scope: Scope, add: (value: unknown) => string, alias = 'a'): string | undefined {
  const own = visibilityPredicate(scope, add, { confidentiality: `${alias}.confidentiality`, teams: `${alias}.teams` });
  if (own === undefined) return undefined;
  const each = visibilityPredicate(scope, add, { confidentiality: 'i.confidentiality', teams: 'i.teams' })!;
  return `${own} and not exists (select 1 from incidents i where i.id = any(${alias}.incident_ids) and not (${each}))`;
}
