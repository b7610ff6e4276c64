import { scaleBand, scaleLinear } from 'd3-scale';
import { line, stack } from 'd3-shape';
import type { SubmissionInput } from '../types.js';
import { escapeXml } from './svg.js';

/**
 * The pattern chart of a submission, as SVG built server-side (no browser): incidents per month
 * stacked by pyramid level, and the victims they counted as a line on its own axis. Months with no
 * incident between the first and the last are drawn empty, so a gap reads as a gap; a year's
 * month-unknown bucket (`YYYY-??`, src/incidents/counting.ts) is drawn apart after the months, never
 * as January.
 */

/** The web app's level colours (web/src/pyramid/palette.ts), so a document reads like the app. */
export const levelColours = ['#fed976', '#feb24c', '#fd8d3c', '#e31a1c', '#800026'] as const;
const victimsColour = '#1f4e79';

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Level names, index 0 = level 1 (the pyramid-levels taxonomy's labels). */
  levelLabels: readonly string[];
  title: string;
  victimsLabel: string;
  unknownMonthLabel: (year: string) => string;
}

type Row = SubmissionInput['pattern'][number];

/** Every month from the first to the last the pattern names, then the month-unknown buckets. */
export function chartMonths(pattern: readonly Row[]): Row[] {
  const byMonth = new Map(pattern.map((r) => [r.month, r]));
  const known = pattern.map((r) => r.month).filter((m) => !m.endsWith('??')).sort();
  const rows: Row[] = [];
  if (known.length) {
    let [y, m] = known[0]!.split('-').map(Number) as [number, number];
    const last = known[known.length - 1]!;
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      rows.push(byMonth.get(key) ?? { month: key, byLevel: [0, 0, 0, 0, 0], victims: 0 });
      if (key === last) break;
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  }
  const unknown = pattern.filter((r) => r.month.endsWith('??')).sort((a, b) => a.month.localeCompare(b.month));
  return [...rows, ...unknown];
}

export function patternChartSvg(pattern: readonly Row[], options: ChartOptions): string {
  const width = options.width ?? 1000;
  const height = options.height ?? 520;
  const margin = { top: 48, right: 64, bottom: 150, left: 56 };
  const rows = chartMonths(pattern);
  const x = scaleBand<string>()
    .domain(rows.map((r) => r.month))
    .range([margin.left, width - margin.right])
    .padding(0.15);
  const maxIncidents = Math.max(1, ...rows.map((r) => r.byLevel.reduce((s, n) => s + n, 0)));
  const maxVictims = Math.max(1, ...rows.map((r) => r.victims));
  const y = scaleLinear().domain([0, maxIncidents]).nice().range([height - margin.bottom, margin.top]);
  const yVictims = scaleLinear().domain([0, maxVictims]).nice().range([height - margin.bottom, margin.top]);
  const series = stack<Row, number>()
    .keys([0, 1, 2, 3, 4])
    .value((row, level) => row.byLevel[level] ?? 0)(rows);

  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${margin.left}" y="28" font-size="20" font-weight="bold" fill="#1a1a1a">${escapeXml(options.title)}</text>`);
  for (const tick of y.ticks(Math.min(6, maxIncidents))) {
    if (!Number.isInteger(tick)) continue;
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#dddddd"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${y(tick) + 4}" font-size="13" text-anchor="end" fill="#333333">${tick}</text>`);
  }
  for (const tick of yVictims.ticks(5)) {
    if (!Number.isInteger(tick)) continue;
    parts.push(`<text x="${width - margin.right + 8}" y="${yVictims(tick) + 4}" font-size="13" fill="${victimsColour}">${tick}</text>`);
  }
  series.forEach((layer, level) => {
    for (const point of layer) {
      const top = y(point[1]);
      const h = y(point[0]) - top;
      if (h <= 0) continue;
      parts.push(`<rect class="bar" x="${x(point.data.month)}" y="${top}" width="${x.bandwidth()}" height="${h}" fill="${levelColours[level]}"/>`);
    }
  });
  const victimsLine = line<Row>()
    .x((r) => (x(r.month) ?? 0) + x.bandwidth() / 2)
    .y((r) => yVictims(r.victims))(rows.filter((r) => !r.month.endsWith('??')));
  if (victimsLine) parts.push(`<path d="${victimsLine}" fill="none" stroke="${victimsColour}" stroke-width="2.5"/>`);
  for (const r of rows) {
    const cx = (x(r.month) ?? 0) + x.bandwidth() / 2;
    parts.push(`<circle cx="${cx}" cy="${yVictims(r.victims)}" r="3.5" fill="${victimsColour}"/>`);
  }
  // Label every month when they fit, else every nth, so labels never overlap.
  const every = Math.max(1, Math.ceil(rows.length / 24));
  rows.forEach((r, i) => {
    if (i % every !== 0 && !r.month.endsWith('??')) return;
    const label = r.month.endsWith('??') ? options.unknownMonthLabel(r.month.slice(0, 4)) : r.month;
    const cx = (x(r.month) ?? 0) + x.bandwidth() / 2;
    const base = height - margin.bottom + 14;
    parts.push(`<text x="${cx}" y="${base}" font-size="12" text-anchor="end" fill="#333333" transform="rotate(-45 ${cx} ${base})">${escapeXml(label)}</text>`);
  });
  parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${height - margin.bottom}" y2="${height - margin.bottom}" stroke="#333333"/>`);
  // The legend: one swatch per level, then the victims line.
  const legendY = height - 22;
  let legendX = margin.left;
  options.levelLabels.slice(0, 5).forEach((label, i) => {
    parts.push(`<rect x="${legendX}" y="${legendY - 11}" width="14" height="14" fill="${levelColours[i]}"/>`);
    const text = `${i + 1} ${label}`;
    parts.push(`<text x="${legendX + 18}" y="${legendY}" font-size="12" fill="#1a1a1a">${escapeXml(text)}</text>`);
    legendX += 26 + text.length * 6.4;
  });
  parts.push(`<line x1="${legendX}" x2="${legendX + 18}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${victimsColour}" stroke-width="2.5"/>`);
  parts.push(`<text x="${legendX + 22}" y="${legendY}" font-size="12" fill="${victimsColour}">${escapeXml(options.victimsLabel)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, Noto Sans Arabic">${parts.join('')}</svg>`;
}
