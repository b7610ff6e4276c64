import { useI18n } from '../i18n/i18n';
import type { Vocabulary } from '../vocab/vocab';
import { levelColour, levelTextColour } from './palette';

interface Props {
  /** Incidents per level (index 0 = level 1) in the period, and in the period before. */
  current: number[];
  previous: number[] | undefined;
  levels: Vocabulary;
  selected: number[];
  onToggle: (level: number) => void;
}

export function change(now: number, before: number): { delta: number; percent: number | null } {
  return { delta: now - before, percent: before ? Math.round(((now - before) / before) * 100) : null };
}

/** The Pyramid of Hate for the period: a band per level, its count and the change against the previous period. */
export function PyramidView({ current, previous, levels, selected, onToggle }: Props) {
  const { t, label, number } = useI18n();
  return (
    <ol className="pyramid" reversed data-testid="pyramid">
      {[5, 4, 3, 2, 1].map((level) => {
        const now = current[level - 1] ?? 0;
        const before = previous?.[level - 1];
        const c = before === undefined ? null : change(now, before);
        const name = label(levels.byCode.get(String(level)), t('level.short', { level }));
        const trend = !c ? '' : c.delta > 0 ? t('pyramid.up', { delta: number(c.delta) }) : c.delta < 0 ? t('pyramid.down', { delta: number(-c.delta) }) : t('pyramid.same');
        return (
          <li key={level} value={level}>
            <button
              type="button"
              className="band"
              aria-pressed={selected.includes(level)}
              style={{ width: `${28 + (5 - level) * 18}%`, background: levelColour(level), color: levelTextColour(level) }}
              onClick={() => onToggle(level)}
              aria-label={t('pyramid.bandLabel', { level, name, count: now, trend })}
            >
              {number(level)}
            </button>
            <span className="level-name" aria-hidden="true">
              {name}
            </span>
            <span className="count">{number(now)}</span>
            <span className={`trend ${c ? (c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : 'same') : ''}`} aria-hidden="true">
              {c ? `${c.delta > 0 ? '▲ +' : c.delta < 0 ? '▼ −' : '= '}${c.delta ? number(Math.abs(c.delta)) : ''}${c.percent !== null && c.delta ? ` (${c.percent > 0 ? '+' : ''}${number(c.percent)}%)` : ''}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
