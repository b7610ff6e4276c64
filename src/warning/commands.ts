import { printJson, printTable, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { AlertListQuery, AlertParams, AlertScanInput, AlertStatusInput } from './schema.js';
import { listAlerts, scanAlerts, setAlertStatus } from './service.js';

/** What the warn commands do (their options are in ./cli.ts). Imported when a command runs. */

export async function scanCommand(o: { country?: string; json?: boolean }) {
  const input = parseOptions(AlertScanInput, { country: o.country?.toUpperCase() });
  await withContext(async (ctx) => {
    const r = await scanAlerts(ctx, input.country ? { countries: [input.country] } : {});
    if (o.json) return printJson(r);
    printText(
      `${r.incidents} incidents in ${r.series} place-group series${r.countries ? ` (${r.countries.join(', ')})` : ''}: ${r.findings} findings over the history; ` +
        `${r.raised} alerts raised, ${r.updated} updated, ${r.unchanged} unchanged, ${r.withdrawn} withdrawn, ${r.reinstated} raised again, in ${(r.durationMs / 1000).toFixed(1)} s\n`,
    );
  });
}

export async function listCommand(o: Record<string, string | boolean | undefined>) {
  const q = parseOptions(AlertListQuery, { country: typeof o.country === 'string' ? o.country.toUpperCase() : undefined, rule: o.rule, status: o.status, from: o.from, to: o.to, limit: o.limit });
  await withContext(async (ctx) => {
    const page = await listAlerts(ctx, q);
    if (o.json) return printJson(page);
    printTable(
      page.items.map((a) => ({ id: a.id, month: a.month, rule: a.rule, severity: a.severity, status: a.status, explanation: a.explanation })),
      [
        { key: 'month', title: 'MONTH' },
        { key: 'rule', title: 'RULE' },
        { key: 'severity', title: 'SEVERITY' },
        { key: 'status', title: 'STATUS' },
        { key: 'explanation', title: 'EXPLANATION', max: 110 },
        { key: 'id', title: 'ID' },
      ],
    );
    process.stdout.write(`\n${page.items.length} alerts${page.nextCursor ? ' (more: raise --limit or filter)' : ''}\n`);
  });
}

export async function statusCommand(id: string, status: string, o: { reason?: string; json?: boolean }) {
  const p = parseOptions(AlertParams, { id });
  const input = parseOptions(AlertStatusInput, { status, reason: o.reason });
  await withContext(async (ctx) => {
    const alert = await setAlertStatus(ctx, p.id, input);
    if (o.json) return printJson(alert);
    printText(`alert ${alert.id}: ${alert.status}${alert.statusReason ? ` (${alert.statusReason})` : ''}\n`);
  });
}
