/**
 * Evaluates the escalation detectors (src/warning/detect) on seeded scenarios with known onsets
 * and on the demo data set's Eastern Lakes. Writes eval/escalation/results/results.json.
 *
 *   npx tsx eval/escalation/run.ts [--seed 17] [--scenarios 120]
 *
 * Two ways of reading the same scenarios:
 * - **as of each month** (the main figures): at every month only the incidents reported by
 *   then are known (reporting delays of up to 8 months), the rules run as the incremental scan
 *   would, and an alert counts from the month it would have been raised;
 * - **in hindsight**: one scan of the complete history, each alert at the month it concerns —
 *   what an import of five years raises.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { defaultWarningConfig } from '../../src/warning/config.js';
import { scanHistory } from '../../src/warning/detect/scan.js';
import { buildSeries } from '../../src/warning/series.js';
import { alertRules, type AlertRule } from '../../src/warning/types.js';
import { demoIncidents } from './demo.js';
import { defaultGeneratorOptions, generateScenarios, monthAt, type Scenario } from './generate.js';
import { monthIndex, raisedInItsMonth, scoreAlerts, type KnownEscalation, type RaisedAlert, type RuleScore } from './score.js';

const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const seed = arg('--seed', 17);
const options = { ...defaultGeneratorOptions, scenarios: arg('--scenarios', defaultGeneratorOptions.scenarios) };
const config = defaultWarningConfig;
/** Alerts about months this far back are still raised as of a month (late reports fill them in). */
const lateMonths = 2;

const started = performance.now();
const scenarios = generateScenarios(seed, options);
const escalations: KnownEscalation[] = scenarios.flatMap((s) => (s.escalation ? [{ country: s.country, ...s.escalation }] : []));

const asOf: RaisedAlert[] = [];
const hindsight: RaisedAlert[] = [];
for (const scenario of scenarios) {
  asOf.push(...raisedAsOfEachMonth(scenario));
  hindsight.push(...scanHistory(buildSeries(scenario.incidents), config).map(raisedInItsMonth));
}
const placeYears = quietPlaceYears(scenarios);
const score = (alerts: RaisedAlert[]) => ({
  combined: scoreAlerts(alerts, escalations, placeYears),
  'medium+high': scoreAlerts(alerts.filter((a) => a.severity !== 'low'), escalations, placeYears),
  ...Object.fromEntries(alertRules.map((rule) => [rule, scoreAlerts(alerts.filter((a) => a.rule === rule), escalations, placeYears)])),
}) as Record<'combined' | 'medium+high' | AlertRule, RuleScore>;
const generated = { asOfEachMonth: score(asOf), hindsight: score(hindsight) };
const demo = evaluateDemo();
const seconds = (performance.now() - started) / 1000;

printTable(`Generated scenarios (seed ${seed}): ${scenarios.length} countries, ${escalations.length} escalations, ${Math.round(placeYears)} quiet place-years — as of each month, with reporting delays`, generated.asOfEachMonth);
printTable('The same, in hindsight (one scan of the complete history)', generated.hindsight);
console.log(`\nDemo data set, Teral in the Eastern Lakes: first killing ${demo.firstKilling}, first massacre ${demo.firstMassacre}`);
for (const r of demo.firstAlerts) console.log(`  ${r.rule.padEnd(12)} first alert ${r.month ?? '—'}${r.month ? `  (${r.monthsBeforeFirstKilling} months before the first killing, ${r.monthsBeforeFirstMassacre} before the first massacre)` : ''}`);
console.log(`  elsewhere in the demo (no escalation planted): ${demo.elsewhere.alerts} alerts over ${demo.elsewhere.placeYears} place-years (${demo.elsewhere.perPlaceYear.toFixed(2)} per place-year)`);
console.log(`\n${seconds.toFixed(1)} s on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/results.json', import.meta.url),
  `${JSON.stringify({ seed, options, config, generated, demo, seconds: Number(seconds.toFixed(1)), machine: { cpus: cpus().length, model: cpus()[0]?.model, load: loadavg() }, at: new Date().toISOString() }, null, 2)}\n`,
);

/**
 * The alerts of one scenario as the incremental scan would raise them: as of each month, the
 * incidents known by then, a scan, and the findings about that month or the `lateMonths`
 * before it not raised before.
 */
function raisedAsOfEachMonth(scenario: Scenario): RaisedAlert[] {
  const raised = new Map<string, RaisedAlert>();
  const byKnown = [...scenario.incidents].sort((a, b) => a.knownFrom.localeCompare(b.knownFrom));
  for (let t = 0, known = 0; t < options.months; t++) {
    const now = monthAt(t);
    while (known < byKnown.length && byKnown[known]!.knownFrom <= now) known++;
    const findings = scanHistory(buildSeries(byKnown.slice(0, known), { through: now }), config);
    for (const f of findings) {
      if (monthIndex(f.month) < t - lateMonths) continue;
      const key = `${f.rule}|${f.admin1}|${f.groupId}|${f.month}`;
      if (!raised.has(key)) raised.set(key, { ...raisedInItsMonth(f), raisedAt: now });
    }
  }
  return [...raised.values()];
}

/** Place-years in which a false alarm can be raised: region × group months from `minHistoryMonths`, less the escalation's own from its start. */
function quietPlaceYears(all: Scenario[]): number {
  let months = 0;
  for (const s of all) {
    months += options.regions * options.groups * (options.months - config.minHistoryMonths);
    if (s.escalation) months -= options.months - monthIndex(s.escalation.start) + monthIndex(monthAt(0));
  }
  return months / 12;
}

function evaluateDemo() {
  const { incidents, escalation } = demoIncidents();
  const findings = scanHistory(buildSeries(incidents), config);
  const target = incidents.filter((i) => i.groupId === escalation.groupId && i.admin1 === escalation.admin1);
  const firstKilling = target.filter((i) => i.killed > 0).map((i) => i.startDate.slice(0, 7)).sort()[0]!;
  const firstMassacre = target.filter((i) => i.violationTypes.includes('massacre')).map((i) => i.startDate.slice(0, 7)).sort()[0]!;
  const own = findings.filter((f) => f.groupId === escalation.groupId && (f.admin1 === escalation.admin1 || f.admin1 === null));
  const first = (rule?: AlertRule) => own.filter((f) => !rule || f.rule === rule).map((f) => f.month).sort()[0] ?? null;
  const firstAlerts = [undefined, ...alertRules].map((rule) => {
    const month = first(rule);
    return {
      rule: rule ?? 'any',
      month,
      monthsBeforeFirstKilling: month ? monthIndex(firstKilling) - monthIndex(month) : null,
      monthsBeforeFirstMassacre: month ? monthIndex(firstMassacre) - monthIndex(month) : null,
    };
  });
  const elsewhere = findings.filter((f) => !own.includes(f));
  const series = buildSeries(incidents).filter((s) => s.admin1 !== null && !(s.groupId === escalation.groupId && s.admin1 === escalation.admin1));
  const placeYears = series.reduce((n, s) => n + Math.max(0, s.months.length - config.minHistoryMonths), 0) / 12;
  return {
    firstKilling,
    firstMassacre,
    firstAlerts,
    alertsBeforeFirstKilling: own.filter((f) => f.month < firstKilling).map((f) => ({ month: f.month, rule: f.rule, severity: f.severity, explanation: f.explanation })),
    elsewhere: { alerts: elsewhere.length, placeYears: Number(placeYears.toFixed(1)), perPlaceYear: elsewhere.length / placeYears, byRule: Object.fromEntries(alertRules.map((r) => [r, elsewhere.filter((f) => f.rule === r).length])) },
  };
}

function printTable(title: string, scores: Record<string, RuleScore>) {
  console.log(`\n${title}`);
  console.log('  rule           detected      median lead (months)   false alarms per place-year');
  for (const [rule, s] of Object.entries(scores)) {
    console.log(`  ${rule.padEnd(13)}  ${`${s.detected}/${s.escalations} (${(s.detectionRate * 100).toFixed(0)}%)`.padEnd(13)} ${String(s.medianLeadMonths ?? '—').padEnd(22)} ${s.falseAlarmsPerPlaceYear.toFixed(3)} (${s.falseAlarms})`);
  }
}
