import { ApiError } from '../api/client';
import type { FieldProblem } from '../api/types';
import { listFilterNames, type Filters } from './filters';

/** A filter the API refused (`country.0` → `country`), with the problem to show, translated, under it. */
export interface FilterFault {
  name: keyof Filters;
  problem: FieldProblem;
}

const filterNames = new Set<string>([...listFilterNames, 'from', 'to', 'q']);

/**
 * The filters a query-string problem names, so the page can mark the field at fault: the
 * problem+json `errors[].field` is the parameter, with the list index after a dot for a
 * list filter (`country.0`) and, in some servers' words, a `query.` prefix.
 */
export function filterFaults(error: unknown): FilterFault[] {
  if (!(error instanceof ApiError)) return [];
  const out: FilterFault[] = [];
  for (const e of error.problem.errors ?? []) {
    if (e.in && e.in !== 'query') continue;
    const name = e.field.replace(/^query\./, '').split('.')[0]!;
    if (filterNames.has(name) && !out.some((f) => f.name === name)) out.push({ name: name as keyof Filters, problem: e });
  }
  return out;
}
