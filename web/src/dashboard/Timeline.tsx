import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { levelColours } from '../pyramid/palette';
import type { AlertMark } from '../alerts/marks';
import { MonthTip } from './MonthTip';
import { brushMonths, niceMax, type TimelineSeries } from './timeline';

interface Props {
  series: TimelineSeries;
  /** Selected period, months `YYYY-MM` (or longer dates: the month is taken). */
  from?: string | undefined;
  to?: string | undefined;
  onPeriod: (from: string | undefined, to: string | undefined) => void;
  /** The period the dashboard compares when none is chosen: where the arrow keys start from. */
  fallback?: [string, string] | undefined;
  /** The last month with data (`YYYY-MM`), named in the tooltip of the months after it. */
  dataEnd?: string | null | undefined;
  /** Months with open alerts, marked above their bars; a mark opens them. */
  alerts?: readonly AlertMark[] | undefined;
  onOpenAlerts?: ((month: string) => void) | undefined;
}

const alertColours = { high: '#800026', medium: '#c2410c', low: '#8a6d00' } as const;

const height = 200;
const margin = { top: 10, right: 12, bottom: 24, left: 44 };
/** The month-unknown row under the axis: a band per year, then its count. */
const unknownRow = { top: 8, band: 12, label: 16 };
const unknownRowHeight = unknownRow.top + unknownRow.band + unknownRow.label;

/**
 * Incidents per month stacked by pyramid level, with a brush: drag across months to pick a period.
 * Incidents known only to their year are drawn apart, under the axis: one band per year over its
 * months, split by level, with its count (the counting rule, src/incidents/counting.ts).
 */
export function Timeline({ series, from, to, onPeriod, fallback, dataEnd, alerts, onOpenAlerts }: Props) {
  const { t, number, date, dir } = useI18n();
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  // The month whose counts the tooltip shows: under the pointer, or the brush's end while focused.
  const [active, setActive] = useState<number | null>(null);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const inner = width - margin.left - margin.right;
  const hasUnknown = series.unknown.length > 0;
  const svgHeight = height + (hasUnknown ? unknownRowHeight : 0);
  const h = height - margin.top - margin.bottom;
  const n = series.months.length;
  const band = n ? inner / n : inner;
  const yMax = niceMax(series.max);
  const y = (v: number) => h - (v / yMax) * h;
  const fromMonth = from?.slice(0, 7);
  const toMonth = to?.slice(0, 7);
  const selA = fromMonth ? series.months.findIndex((m) => m >= fromMonth) : -1;
  const selBRaw = toMonth ? series.months.findLastIndex((m) => m <= toMonth) : -1;
  const hasSel = Boolean(fromMonth || toMonth) && n > 0;
  const a = hasSel ? (selA < 0 ? (fromMonth ? n : 0) : selA) : 0;
  const b = hasSel ? (selBRaw < 0 ? (toMonth ? -1 : n - 1) : selBRaw) : n - 1;

  const localX = (e: ReactPointerEvent<SVGRectElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return Math.min(inner, Math.max(0, e.clientX - rect.left));
  };
  const onDown = (e: ReactPointerEvent<SVGRectElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const x = localX(e);
    setDrag({ x0: x, x1: x });
  };
  const onMove = (e: ReactPointerEvent<SVGRectElement>) => {
    const x = localX(e);
    if (n) setActive(Math.min(n - 1, Math.floor(x / band)));
    if (drag) setDrag({ ...drag, x1: x });
  };
  const onUp = () => {
    if (!drag) return;
    const picked = brushMonths(drag.x0, drag.x1, inner, series.months);
    setDrag(null);
    if (!picked) return;
    if (Math.abs(drag.x1 - drag.x0) < 3 && hasSel) onPeriod(undefined, undefined);
    else onPeriod(picked[0], picked[1]);
  };
  // Keyboard: arrows move the period by a month, shift+arrows widen or narrow it, Escape clears it.
  const fallbackRange = (): [number, number] => {
    const fa = fallback ? series.months.indexOf(fallback[0].slice(0, 7)) : -1;
    const fb = fallback ? series.months.indexOf(fallback[1].slice(0, 7)) : -1;
    return fa >= 0 && fb >= fa ? [fa, fb] : [Math.max(0, n - 12), n - 1];
  };
  // Keys pressed faster than the page draws (key repeat, a busy machine) build on the period last
  // asked for, not the one last drawn, so no step is lost; a period drawn drops what it answers.
  const requested = useRef<[number, number][]>([]);
  useEffect(() => {
    const i = requested.current.findIndex(([rs, re]) => series.months[rs] === fromMonth && series.months[re] === toMonth);
    requested.current = i >= 0 ? requested.current.slice(i + 1) : [];
  }, [fromMonth, toMonth, series.months]);
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!n) return;
    let [s, en] = requested.current.at(-1) ?? (hasSel ? [Math.max(0, a), Math.min(n - 1, b)] : fallbackRange());
    if (e.key === 'Escape') {
      requested.current = [];
      return onPeriod(undefined, undefined);
    }
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const step = e.key === 'ArrowRight' ? 1 : -1;
    if (e.shiftKey) en = Math.min(n - 1, Math.max(s, en + step));
    else if (s + step >= 0 && en + step <= n - 1) {
      s += step;
      en += step;
    }
    setActive(en);
    requested.current.push([s, en]);
    onPeriod(series.months[s], series.months[en]);
  };

  const years = series.months.map((m, i) => [m, i] as const).filter(([m]) => m.endsWith('-01'));
  const dragBox = drag ? [Math.min(drag.x0, drag.x1), Math.abs(drag.x1 - drag.x0)] : null;
  const summary = n
    ? t('timeline.summary', { count: series.total, first: date(series.months[0]!, 'month'), last: date(series.months[n - 1]!, 'month') })
    : t('timeline.empty');

  const gapRuns = runs(series.gap);
  const tip = active !== null && active < n ? active : null;

  return (
    <div ref={wrap} className="timeline" dir="ltr">
      <svg
        width={width}
        height={svgHeight}
        role="group"
        aria-label={`${summary} ${t('timeline.keys')}`}
        tabIndex={0}
        onKeyDown={onKey}
        onFocus={() => n && setActive(hasSel ? Math.min(n - 1, Math.max(0, b)) : fallbackRange()[1])}
        onBlur={() => setActive(null)}
        data-testid="timeline"
      >
        <defs>
          <pattern id="timeline-gap" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" className="gap-hatch" />
          </pattern>
        </defs>
        <g transform={`translate(${margin.left},${margin.top})`}>
          {[0, 0.5, 1].map((f) => (
            <g key={f}>
              <line x1={0} x2={inner} y1={y(yMax * f)} y2={y(yMax * f)} className="grid" />
              <text x={-6} y={y(yMax * f)} className="axis" textAnchor="end" dominantBaseline="middle">
                {number(yMax * f)}
              </text>
            </g>
          ))}
          {series.stacks.map((stack, i) => {
            let acc = 0;
            const dim = hasSel && (i < a || i > b);
            return (
              <g key={series.months[i]} opacity={dim ? 0.3 : 1}>
                {stack.map((v, l) => {
                  if (!v) return null;
                  const y0 = y(acc);
                  acc += v;
                  return <rect key={l} x={i * band + 0.5} width={Math.max(1, band - 1)} y={y(acc)} height={y0 - y(acc)} fill={levelColours[l]} />;
                })}
              </g>
            );
          })}
          {gapRuns.map(([start, end]) => (
            <g key={start} className="gap" data-testid="timeline-gap">
              <rect x={start * band} width={(end - start + 1) * band} y={0} height={h} fill="url(#timeline-gap)" />
              {(end - start + 1) * band > 60 && (
                <text x={((start + end + 1) / 2) * band} y={h / 2} textAnchor="middle" dominantBaseline="middle" className="gap-label">
                  {t('timeline.gap')}
                </text>
              )}
            </g>
          ))}
          <line x1={0} x2={inner} y1={h} y2={h} className="baseline" />
          {years.map(([m, i]) => (
            <text key={m} x={i * band} y={h + 16} className="axis" textAnchor={i === 0 ? 'start' : 'middle'}>
              {m.slice(0, 4)}
            </text>
          ))}
          {series.unknown.map((u) => {
            const x0 = u.first * band;
            const w = (u.last - u.first + 1) * band;
            const count = u.stack.reduce((p, v) => p + v, 0);
            const y0 = h + margin.bottom + unknownRow.top;
            let acc = 0;
            return (
              <g key={u.year} className="month-unknown" data-testid="timeline-unknown" data-year={u.year} data-count={count}>
                <title>{t('timeline.monthUnknownYear', { year: u.year, count })}</title>
                {u.stack.map((v, l) => {
                  if (!v) return null;
                  const x = x0 + (acc / count) * w;
                  acc += v;
                  return <rect key={l} x={x + 0.5} width={Math.max(1, (v / count) * w - 1)} y={y0} height={unknownRow.band} fill={levelColours[l]} />;
                })}
                <rect x={x0 + 0.5} width={Math.max(1, w - 1)} y={y0} height={unknownRow.band} className="month-unknown-outline" />
                <text x={x0 + w / 2} y={y0 + unknownRow.band + 12} className="axis" textAnchor="middle">
                  {number(count)}
                </text>
              </g>
            );
          })}
          {hasSel && b >= a && <rect className="brush-sel" x={a * band} width={(b - a + 1) * band} y={0} height={h} />}
          {dragBox && <rect className="brush-drag" x={dragBox[0]} width={dragBox[1]} y={0} height={h} />}
          {tip !== null && <rect className="month-focus" x={tip * band} width={Math.max(1, band)} y={0} height={h} />}
          <rect
            className="brush-area"
            x={0}
            y={0}
            width={inner}
            height={h}
            onPointerDown={onDown}
            onPointerMove={onMove}
            onPointerUp={onUp}
            onPointerCancel={() => setDrag(null)}
            onPointerLeave={() => !drag && setActive(null)}
            data-testid="timeline-brush"
          />
          {/* In the top margin, above the brush's area, so a click on a mark is never a brush. */}
          {alerts?.map((m) => {
            const i = series.months.indexOf(m.key);
            if (i < 0) return null;
            const cx = (i + 0.5) * band;
            const open = () => onOpenAlerts?.(m.key);
            const name = t('timeline.alertMarker', { month: date(m.key, 'month'), count: m.count });
            return (
              <g
                key={m.key}
                className="alert-marker"
                role="link"
                tabIndex={0}
                aria-label={name}
                data-testid="timeline-alert"
                data-month={m.key}
                data-count={m.count}
                onClick={open}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    e.stopPropagation();
                    open();
                  }
                }}
              >
                <title>{name}</title>
                <polygon points={`${cx - 5},${-10} ${cx + 5},${-10} ${cx},${-1}`} fill={alertColours[m.severity]} />
              </g>
            );
          })}
        </g>
      </svg>
      <MonthTip series={series} index={tip} barLeft={margin.left + (tip ?? 0) * band} barRight={margin.left + ((tip ?? 0) + 1) * band} width={width} dataEnd={dataEnd} />
      {hasUnknown && (
        <p className="hint month-unknown-note" dir={dir} data-testid="timeline-unknown-note">
          <span className="month-unknown-swatch" aria-hidden="true" />
          {t('timeline.monthUnknownNote')}
        </p>
      )}
      <p className="hint" dir={dir}>
        {t('timeline.hint')}
        {alerts && alerts.length > 0 && ` ${t('timeline.alertsLegend')}`}
      </p>
    </div>
  );
}

/** Runs of consecutive true values, as [first, last] indices. */
function runs(flags: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  flags.forEach((on, i) => {
    if (!on) return;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}
