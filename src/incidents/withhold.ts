import { confidentialityRank, type Confidentiality, type Scope } from '../access/scope.js';
import { invalid } from '../errors.js';
import type { Incident, IncidentInput, IncidentSummary, WithholdableField } from './schema.js';
import { withholdableFields } from './schema.js';

/**
 * Withheld fields (issue 15 §3): an incident may keep its exact place, its exact date or its
 * reporter from readers whose clearance is below a level it names — the Ushahidi users' ask, for
 * a record whose place or witness, if known, puts someone in danger. Pure functions over
 * documents: what a reader is shown, and how an edit by that reader is saved without erasing
 * what it never saw.
 *
 * What a reader below the level gets:
 * - place: no place id or place (coordinates); country and admin1 stay, and count as usual;
 * - date: dates shown to the month (a day becomes `YYYY-MM`), no report date, no date on the
 *   sources' information. The month stays exact, so monthly counts agree for every reader;
 * - reporter: no sources' information at all.
 */

type WithholdLevels = Incident['withhold'];

/** Whether a field withheld at `level` (null: not withheld) is withheld from `scope`. */
export function isWithheldFrom(scope: Scope, level: string | null | undefined): boolean {
  if (!level) return false;
  return confidentialityRank(level as Confidentiality) > confidentialityRank(scope.clearance);
}

/** The fields of a record with these levels that `scope` may not see. */
export function withheldFields(scope: Scope, withhold: WithholdLevels): WithholdableField[] {
  return withholdableFields.filter((f) => isWithheldFrom(scope, withhold[f]));
}

const toMonth = (text: string | null, precision: Incident['startPrecision'] | null) => (text && precision === 'day' ? text.slice(0, 7) : text);

/** The incident as `scope` may see it: withheld fields removed, and `withheld` naming them. */
export function redactIncident(incident: Incident, scope: Scope): Incident {
  const hidden = withheldFields(scope, incident.withhold);
  if (hidden.length === 0) return { ...incident, withheld: [] };
  const out: Incident = { ...incident, withheld: hidden };
  if (hidden.includes('place')) {
    out.placeId = null;
    out.place = null;
  }
  if (hidden.includes('date')) {
    out.startDate = toMonth(incident.startDate, incident.startPrecision)!;
    out.startPrecision = incident.startPrecision === 'day' ? 'month' : incident.startPrecision;
    out.endDate = toMonth(incident.endDate, incident.endPrecision);
    out.endPrecision = incident.endPrecision === 'day' ? 'month' : incident.endPrecision;
    out.reportDate = null;
    out.sources = incident.sources.map((s) => ({ ...s, informationDate: null }));
  }
  if (hidden.includes('reporter')) out.sources = [];
  return out;
}

/** A list row as `scope` may see it (a list row has no sources). */
export function redactSummary(summary: IncidentSummary, withhold: WithholdLevels, scope: Scope): IncidentSummary {
  const hidden = withheldFields(scope, withhold);
  if (hidden.length === 0) return summary;
  const out = { ...summary };
  if (hidden.includes('place')) out.placeId = null;
  if (hidden.includes('date')) {
    out.startDate = toMonth(summary.startDate, summary.startPrecision)!;
    out.startPrecision = summary.startPrecision === 'day' ? 'month' : summary.startPrecision;
    // A summary's end date carries no precision of its own: a day is the only form 10 long.
    out.endDate = summary.endDate && summary.endDate.length === 10 ? summary.endDate.slice(0, 7) : summary.endDate;
  }
  return out;
}

/**
 * An edit by `scope` of `stored` (the whole record), made on what it was shown: the fields
 * withheld from it are kept as stored wherever the edit sends back what it was shown (or
 * nothing), so a lower-level editor's save never erases them; so are their withholding levels
 * (only someone who sees a field may stop withholding it), and `withhold` or `teams` left out
 * keep the stored ones. A new value where the shown one was is taken (the editor knows better: say a
 * place was moved). Sources cannot be edited by someone from whom the reporter is withheld.
 */
export function keepWithheld(input: IncidentInput, stored: Incident, scope: Scope): IncidentInput {
  const hidden = withheldFields(scope, stored.withhold);
  const withhold = { ...stored.withhold, ...(input.withhold ?? {}) };
  for (const f of hidden) withhold[f] = stored.withhold[f];
  const out: IncidentInput = { ...input, withhold, teams: input.teams ?? stored.teams };
  if (hidden.length === 0) return out;
  const shown = redactIncident(stored, scope);
  if (hidden.includes('place') && !input.placeId) out.placeId = stored.placeId;
  if (hidden.includes('date')) {
    if (input.startDate === shown.startDate) out.startDate = stored.startDate;
    if ((input.endDate ?? null) === shown.endDate) out.endDate = stored.endDate;
    if (!input.reportDate) out.reportDate = stored.reportDate;
    const storedDates = new Map(stored.sources.map((s) => [s.sourceId, s.informationDate]));
    out.sources = input.sources.map((s) => (s.informationDate ? s : { ...s, informationDate: storedDates.get(s.sourceId) ?? null }));
  }
  if (hidden.includes('reporter')) {
    if (input.sources.length > 0) {
      throw invalid([{ field: 'sources', code: 'withheld', message: "this incident's sources are withheld from you: they cannot be edited at your clearance" }]);
    }
    out.sources = stored.sources.map((s) => ({ ...s }));
  }
  return out;
}

/** The stored withholding levels of a row, as a document holds them. */
export function withholdOf(row: { withhold_place: string | null; withhold_date: string | null; withhold_reporter: string | null }): WithholdLevels {
  return { place: row.withhold_place, date: row.withhold_date, reporter: row.withhold_reporter };
}
