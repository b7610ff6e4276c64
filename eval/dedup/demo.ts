import { generateDemo } from '../../src/demo/generate.js';
import { Random } from '../../src/demo/random.js';
import { dayNumber, type DedupRecord } from '../../src/dedup/record.js';
import { tokens } from '../../src/dedup/text.js';
import { parseEventDate } from '../../src/incidents/dates.js';
import { violationLevels } from '../../src/taxonomies/codes.js';
import { pairKey, reportAgain } from './generate.js';

/**
 * The demo data set (2,704 incidents in fictional Veridia, src/demo) with 150 planted
 * duplicates: incidents reported a second time the way another organisation would. The
 * demo's incidents are dense — a campaign against one group in one region, many of the same
 * type within weeks — so its true negatives are hard.
 */
export function plantedDemo(seed: number, planted = 150): { records: DedupRecord[]; truth: Set<string> } {
  const demo = generateDemo();
  const levels = violationLevels();
  const places = new Map(demo.places.map((p) => [p.id, p]));
  const records: DedupRecord[] = demo.incidents.map((inc) => {
    const place = inc.placeId ? places.get(inc.placeId) : undefined;
    const start = parseEventDate(inc.startDate)!;
    const end = inc.endDate ? parseEventDate(inc.endDate)! : null;
    const types = [...new Set(inc.acts.map((a) => a.violationType))];
    const victims = inc.acts.reduce((s, a) => s + Object.values(a.victims).reduce((x, y) => x + y, 0), 0);
    return {
      id: inc.id,
      start: start.date,
      startPrecision: start.precision,
      end: end?.date ?? null,
      endPrecision: end?.precision ?? null,
      country: place?.country ?? inc.country!,
      admin1: place?.admin1 ?? inc.admin1 ?? null,
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      groupIds: [...new Set(inc.acts.flatMap((a) => (a.groupId ? [a.groupId] : [])))],
      violationTypes: types,
      level: Math.max(...types.map((t) => levels.get(t) ?? 1)),
      victims,
      killed: inc.acts.reduce((s, a) => s + a.victims.killed, 0),
      text: `${inc.title}. ${inc.narrative}`,
      sourceIds: inc.sources.map((s) => s.sourceId),
    };
  });
  const rnd = new Random(seed);
  const truth = new Set<string>();
  const groupIds = demo.groups.map((g) => g.id);
  const originals = [...records];
  for (let i = 0; i < planted; i++) {
    const o = rnd.pick(originals);
    const lat = o.latitude ?? 0;
    const lon = o.longitude ?? 0;
    const copy = reportAgain(
      rnd,
      o,
      { village: { name: '', lat, lon }, persons: [], content: tokens(o.text), day: dayNumber(o.start), level: o.level, country: groupIds },
      `planted-${String(i).padStart(4, '0')}`,
    );
    if (o.latitude == null) {
      copy.latitude = null;
      copy.longitude = null;
    }
    records.push(copy);
    truth.add(pairKey(o.id, copy.id));
  }
  return { records, truth };
}
