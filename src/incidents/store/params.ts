import { visibilityPredicate } from '../../access/door.js';
import { confidentialityLevels, readableLevels, type Scope } from '../../access/scope.js';

/**
 * A query's parameters, numbered as they are added (`$1`, `$2`…), so that clauses built apart —
 * the filter's, the access door's, the keyset's — share one list.
 */
export class Params {
  readonly values: unknown[];
  constructor(initial: readonly unknown[] = []) {
    this.values = [...initial];
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /**
   * The access door's predicate for `scope` (src/access/door.ts) over these columns, with its
   * values added here; undefined when the scope reads everything.
   */
  visible(scope: Scope, columns?: { confidentiality: string; teams: string }): string | undefined {
    return visibilityPredicate(scope, (v) => this.add(v), columns);
  }
}

/** `where a and b`, or nothing; undefined clauses are skipped. */
export function whereOf(clauses: (string | undefined)[]): string {
  const given = clauses.filter((c): c is string => Boolean(c));
  return given.length ? `where ${given.join(' and ')}` : '';
}

/**
 * SQL that is true where the field whose withholding level is in `column` (withhold_place,
 * withhold_date, withhold_reporter) is withheld from `scope`: a level above its clearance.
 * Undefined when the scope's clearance is the highest (nothing is withheld from it).
 */
export function withheldFrom(scope: Scope, column: string, params: Params): string | undefined {
  const levels = readableLevels(scope.clearance);
  if (levels.length === confidentialityLevels.length) return undefined;
  return `(${column} is not null and ${column} <> all(${params.add(levels)}::text[]))`;
}
