import type { RequestContext } from '../context.js';
import { invalid } from '../errors.js';
import { incidentPages } from '../incidents/pages.js';
import { IncidentFilterQuery } from '../incidents/schema.js';
import type { DatePrecision } from '../incidents/dates.js';

/**
 * A case's incidents as the case files need them, read through the incidents module (and so
 * through its door: an incident the caller may not read never comes back, and what it withholds
 * from the caller — a date to the day, a place — is already removed).
 */

export interface CaseIncident {
  id: string;
  title: string;
  startDate: string;
  startPrecision: DatePrecision;
  endDate: string | null;
  endPrecision: DatePrecision | null;
  country: string;
  admin1: string | null;
  pyramidLevel: number;
  confidentiality: string;
  violationTypes: string[];
  targetedGroupIds: string[];
}

/** The incident filter takes at most this many ids at once. */
const idsPerQuery = 200;
/** A case joins at most this many incidents from one filter: more is a data set, not a case. */
export const maxIncidentsFromFilter = 5000;

export async function readCaseIncidents(ctx: RequestContext, ids: readonly string[]): Promise<CaseIncident[]> {
  const out: CaseIncident[] = [];
  for (let i = 0; i < ids.length; i += idsPerQuery) {
    const filter = IncidentFilterQuery.parse({ id: ids.slice(i, i + idsPerQuery) });
    for await (const page of incidentPages(ctx, filter)) {
      for (const x of page) {
        out.push({
          id: x.id,
          title: x.title,
          startDate: x.startDate,
          startPrecision: x.startPrecision,
          endDate: x.endDate,
          endPrecision: x.endPrecision,
          country: x.country,
          admin1: x.admin1,
          pyramidLevel: x.pyramidLevel,
          confidentiality: x.confidentiality,
          violationTypes: x.violationTypes,
          targetedGroupIds: x.targetedGroupIds,
        });
      }
    }
  }
  return out.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

/** The ids of every incident the caller may read that the list shows for these filters. */
export async function incidentIdsOfFilter(ctx: RequestContext, filter: IncidentFilterQuery): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of incidentPages(ctx, filter, 1000)) {
    ids.push(...page.map((i) => i.id));
    if (ids.length > maxIncidentsFromFilter) {
      throw invalid([{ field: 'incidentFilter', code: 'too-many', message: `the filters match more than ${maxIncidentsFromFilter} incidents: narrow them`, params: { maximum: maxIncidentsFromFilter } }]);
    }
  }
  return ids;
}
