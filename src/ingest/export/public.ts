import type { ExchangeIncident } from './exchange.js';

/**
 * Public mode (issue 16 §5): what an export for the public keeps. The records are already those
 * the public may read, as the public would read them (read.ts reads them through the public
 * scope, so an editor's public export is the public's own). On top of that, pure:
 *
 * - no sources' information at all: sources are never the public's (permissions.ts), and a
 *   source's note or date can name a witness;
 * - no evidence ids or records, teams, withholding levels, or the staff who created and edited the record;
 * - no persons: victims and witnesses are never in any export (acts name groups only);
 * - exact coordinates rounded to `coordinateDecimals` (PRECURSOR_PUBLIC_COORDINATE_DECIMALS,
 *   default 2: about 1.1 km of latitude) for an incident marked sensitive — confidentiality
 *   above public, or its place withheld from anyone — and its precision then no better than
 *   `near`. A place withheld from the public is not there at all (withhold.ts).
 */
export interface PublicOptions {
  coordinateDecimals: number;
}

export const defaultCoordinateDecimals = 2;

/** PRECURSOR_PUBLIC_COORDINATE_DECIMALS, checked: a whole number from 0 to 6. */
export function publicOptionsFrom(env: NodeJS.ProcessEnv = process.env): PublicOptions {
  const raw = env.PRECURSOR_PUBLIC_COORDINATE_DECIMALS;
  if (raw === undefined || raw === '') return { coordinateDecimals: defaultCoordinateDecimals };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 6) throw new Error(`PRECURSOR_PUBLIC_COORDINATE_DECIMALS must be a whole number from 0 to 6, got '${raw}'`);
  return { coordinateDecimals: n };
}

/** Whether an incident's exact place is sensitive: it is not public, or its place is withheld from some readers. */
export function isSensitive(incident: Pick<ExchangeIncident, 'confidentiality' | 'withhold'>): boolean {
  return incident.confidentiality !== 'public' || Boolean(incident.withhold?.place);
}

export function roundCoordinate(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // Rounded half away from zero, then normalised so -0 is written 0.
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor + 0;
}

export function toPublic(incident: ExchangeIncident, options: PublicOptions): ExchangeIncident {
  const { teams: _teams, withhold: _withhold, createdBy: _createdBy, updatedBy: _updatedBy, evidence: _evidence, ...kept } = incident;
  let place = incident.place;
  if (place && isSensitive(incident) && place.latitude !== null && place.longitude !== null) {
    place = {
      ...place,
      latitude: roundCoordinate(place.latitude, options.coordinateDecimals),
      longitude: roundCoordinate(place.longitude, options.coordinateDecimals),
      precision: place.precision === 'exact' ? 'near' : place.precision,
    };
  }
  return { ...kept, place, sources: [], evidenceIds: [] };
}
