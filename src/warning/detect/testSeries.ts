import { emptyCell, monthsBetween } from '../series.js';
import type { MonthCell, PlaceGroupSeries } from '../types.js';

/**
 * Hand-made series for the detectors' tests: one cell per entry, months from `first`, each cell
 * an empty month with the given fields (levels as `{ 3: 14 }`: 14 incidents at level 3).
 */
export type CellSketch = Partial<Omit<MonthCell, 'month' | 'byLevel'>> & { levels?: Partial<Record<1 | 2 | 3 | 4 | 5, number>> };

export function sketchSeries(cells: CellSketch[], options: { first?: string; admin1?: string | null; groupName?: string } = {}): PlaceGroupSeries {
  const first = options.first ?? '2024-01';
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const lastIndex = y * 12 + m - 1 + cells.length - 1;
  const last = `${Math.floor(lastIndex / 12)}-${String((lastIndex % 12) + 1).padStart(2, '0')}`;
  const months = monthsBetween(first, last).map((month, i) => {
    const { levels, ...rest } = cells[i]!;
    const cell: MonthCell = { ...emptyCell(month), ...rest };
    for (const [level, n] of Object.entries(levels ?? {})) cell.byLevel[Number(level) - 1] = n;
    if (!rest.incidentIds) cell.incidentIds = Array.from({ length: cell.byLevel.reduce((a, b) => a + b, 0) }, (_, k) => `${month}#${k}`);
    return cell;
  });
  return { country: 'VRD', admin1: options.admin1 === undefined ? 'Eastern Lakes' : options.admin1, groupId: 'g-teral', groupName: options.groupName ?? 'Teral', months, monthUnknown: {} };
}

/** n copies of a cell sketch. */
export const repeat = (n: number, cell: CellSketch): CellSketch[] => Array.from({ length: n }, () => structuredClone(cell));
