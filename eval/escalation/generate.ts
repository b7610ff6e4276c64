import { Random } from '../../src/demo/random.js';
import { monthsBetween, type SeriesIncident } from '../../src/warning/series.js';

/**
 * Seeded scenarios with known escalation onsets, for eval/escalation/run.ts. Each scenario is a
 * country of a few regions and groups. Every place-group has a background of incidents with its
 * own rate (0.3 to 12 a month), level mix, seasonality, month-to-month over-dispersion, a
 * monitoring trend, reporting gaps (months when little is reported) and reporting delays
 * (an incident becomes known months after it happened). In some scenarios one place-group
 * escalates: from a start month S speech, then discrimination, then violence rise — with stages
 * sometimes skipped, since the pyramid is not climbed one step at a time — until the **onset**
 * O, the first killing, after which killings go on. Background violence has no killings, so the
 * onset is the first killing of the group in that place.
 */
export interface Scenario {
  country: string;
  incidents: KnownIncident[];
  /** The escalating place-group, if any: its start S and onset O (`YYYY-MM`). */
  escalation: { admin1: string; groupId: string; start: string; onset: string } | null;
}

/** An incident and the month it became known (reporting delay). */
export interface KnownIncident extends SeriesIncident {
  knownFrom: string;
}

export interface GeneratorOptions {
  scenarios: number;
  months: number;
  regions: number;
  groups: number;
  /** Share of scenarios with an escalation. */
  escalating: number;
}

export const defaultGeneratorOptions: GeneratorOptions = { scenarios: 120, months: 96, regions: 3, groups: 2, escalating: 0.5 };

const firstMonth = '2015-01';
const types: Record<number, [string, number][]> = {
  1: [['biased-remarks', 3], ['stereotyping', 1]],
  2: [['hate-speech', 4], ['harassment', 4], ['slurs-and-insults', 2], ['dehumanising-speech', 1]],
  3: [['discrimination-employment', 2], ['discrimination-housing', 2], ['discriminatory-policing', 2], ['denial-of-citizenship', 1]],
  4: [['assault', 4], ['threats-of-violence', 3], ['vandalism', 2], ['arbitrary-detention', 1]],
};
const backgroundKinds: Record<number, [string, number][]> = {
  1: [['individual', 2], ['political-party', 1], ['media-outlet', 1]],
  2: [['individual', 3], ['media-outlet', 2], ['political-party', 1], ['unknown', 2]],
  3: [['state-official', 3], ['company', 1], ['individual', 1]],
  4: [['unknown', 4], ['individual', 3], ['state-force', 1]],
};

export function generateScenarios(seed: number, options: GeneratorOptions = defaultGeneratorOptions): Scenario[] {
  const rnd = new Random(seed);
  const months = monthsBetween(firstMonth, monthAt(options.months - 1));
  const scenarios: Scenario[] = [];
  for (let s = 0; s < options.scenarios; s++) {
    const country = `S${String(s).padStart(3, '0')}`;
    const incidents: KnownIncident[] = [];
    const escalates = rnd.chance(options.escalating);
    const target = { region: rnd.int(0, options.regions - 1), group: rnd.int(0, options.groups - 1) };
    // The onset falls in the last two thirds, after at least two years, with 6–24 months of build-up.
    const onset = escalates ? rnd.int(Math.max(30, Math.floor(options.months / 3)), options.months - 6) : -1;
    const buildUp = rnd.int(6, 24);
    const start = onset - buildUp;
    const stages = { speech: rnd.chance(0.85), discrimination: rnd.chance(0.7), violence: rnd.chance(0.75), state: rnd.chance(0.5) };
    const intensity = 0.5 + rnd.float() * 1.5;
    let n = 0;
    for (let r = 0; r < options.regions; r++) {
      for (let g = 0; g < options.groups; g++) {
        const rate = Math.exp(Math.log(0.3) + rnd.float() * (Math.log(12) - Math.log(0.3)));
        const mix = [0.25, 0.4, 0.22, 0.13].map((w) => w * (0.5 + rnd.float()));
        const amplitude = rnd.float() * 0.4;
        const phase = rnd.int(0, 11);
        const trend = -0.2 + rnd.float() * 0.8;
        const gaps = new Set<number>();
        if (rnd.chance(0.3)) for (let k = rnd.int(1, 2); k > 0; k--) for (let m = rnd.int(0, options.months - 4), len = rnd.int(2, 4); len > 0; len--, m++) gaps.add(m);
        const isTarget = escalates && r === target.region && g === target.group;
        for (let t = 0; t < options.months; t++) {
          const season = 1 + amplitude * Math.sin((2 * Math.PI * (t + phase)) / 12);
          const noise = gamma(rnd, 5) / 5;
          const reporting = gaps.has(t) ? 0.1 : 1;
          const mean = rate * season * noise * (1 + (trend * t) / options.months) * reporting;
          const add = (level: number, type: string, kind: string, victims: Partial<Record<'killed' | 'detained' | 'disappeared' | 'displaced', number>> = {}) => {
            incidents.push(incident(rnd, `${country}-${n++}`, country, `Region ${r + 1}`, `${country}-g${g + 1}`, t, level, type, kind, victims));
          };
          for (let level = 1; level <= 4; level++) {
            const count = poisson(rnd, (mean * mix[level - 1]!) / mix.reduce((a, b) => a + b, 0));
            for (let i = 0; i < count; i++) {
              const type = rnd.weighted(types[level]!);
              add(level, type, rnd.weighted(backgroundKinds[level]!), type === 'arbitrary-detention' ? { detained: rnd.int(1, 4) } : {});
            }
          }
          if (!isTarget || t < start) continue;
          // The escalation: extra incidents that grow with progress towards the onset, partly
          // in proportion to the background and partly absolute (a quiet place can escalate).
          const progress = Math.min(1, (t - start) / buildUp);
          const extra = intensity * (0.5 * rate + 1) * reporting;
          if (stages.speech) for (let i = poisson(rnd, extra * (0.3 + progress)); i > 0; i--) add(2, rnd.weighted([['dehumanising-speech', 2], ['incitement-to-violence', 1], ['hate-speech', 2]]), rnd.weighted([['media-outlet', 2], ['political-party', 1], ['religious-leader', 1]]));
          if (stages.discrimination && progress > 0.2) for (let i = poisson(rnd, extra * 0.6 * progress); i > 0; i--) add(3, rnd.weighted(types[3]!), 'state-official');
          if (stages.violence && progress > 0.5) {
            for (let i = poisson(rnd, extra * 0.5 * (progress - 0.3)); i > 0; i--) {
              const detention = rnd.chance(0.5);
              add(4, detention ? 'arbitrary-detention' : rnd.weighted([['assault', 2], ['arson', 1], ['threats-of-violence', 1]]), detention && stages.state ? 'state-force' : 'militia', detention ? { detained: rnd.tail(4, 60) } : {});
            }
          }
          if (t === onset) add(4, 'killing', stages.state ? 'state-force' : 'militia', { killed: rnd.tail(3, 40) });
          if (t > onset) {
            for (let i = poisson(rnd, extra * 0.6); i > 0; i--) add(4, 'killing', rnd.pick(['militia', 'state-force']), { killed: rnd.tail(3, 40) });
            if (rnd.chance(0.15)) add(5, 'massacre', 'militia', { killed: rnd.tail(30, 300) });
          }
        }
      }
    }
    scenarios.push({
      country,
      incidents,
      escalation: escalates ? { admin1: `Region ${target.region + 1}`, groupId: `${country}-g${target.group + 1}`, start: months[start]!, onset: months[onset]! } : null,
    });
  }
  return scenarios;
}

function incident(rnd: Random, id: string, country: string, admin1: string, groupId: string, t: number, level: number, type: string, kind: string, victims: Partial<Record<'killed' | 'detained' | 'disappeared' | 'displaced', number>>): KnownIncident {
  const month = monthAt(t);
  const precision = rnd.weighted([['day', 87], ['month', 10], ['year', 3]] as const);
  // Reporting delay in months: most incidents are known within the month, some much later.
  const delay = rnd.weighted([[0, 60], [1, 25], [2, 10], [4, 4], [8, 1]] as const);
  return {
    incidentId: id,
    country,
    admin1,
    groupId,
    startDate: precision === 'year' ? `${month.slice(0, 4)}-01-01` : `${month}-${precision === 'day' ? String(rnd.int(1, 28)).padStart(2, '0') : '01'}`,
    startPrecision: precision,
    level,
    violationTypes: [type],
    killed: victims.killed ?? 0,
    detained: victims.detained ?? 0,
    disappeared: victims.disappeared ?? 0,
    displaced: victims.displaced ?? 0,
    perpetratorIds: [`${country}-${kind}`],
    perpetratorKinds: [kind],
    knownFrom: monthAt(t + delay),
  };
}

/** The month `t` months after the first. */
export function monthAt(t: number): string {
  const index = 2015 * 12 + t;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function poisson(rnd: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rnd)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rnd.float(); p > limit; p *= rnd.float()) k++;
  return k;
}

function normal(rnd: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rnd.float())) * Math.cos(2 * Math.PI * rnd.float());
}

/** Gamma(shape k, scale 1) for k ≥ 1 (Marsaglia–Tsang): the month-to-month over-dispersion. */
function gamma(rnd: Random, k: number): number {
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rnd);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - rnd.float()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
