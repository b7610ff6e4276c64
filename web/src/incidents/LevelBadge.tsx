import { useI18n } from '../i18n/i18n';
import { levelColour, levelTextColour } from '../pyramid/palette';
import { useTaxonomy } from '../vocab/vocab';

/** A pyramid level as a number on its colour, with its name for assistive technology (and on hover). */
export function LevelBadge({ level, withName = false }: { level: number; withName?: boolean }) {
  const { t, label } = useI18n();
  const levels = useTaxonomy('pyramid-levels');
  const name = label(levels.byCode.get(String(level)), '');
  return (
    <span className="level-badge" style={{ background: levelColour(level), color: levelTextColour(level) }} title={name}>
      <span aria-hidden={!withName}>{level}</span>
      {withName ? <span className="level-name"> · {name}</span> : <span className="visually-hidden">{t('level.named', { level, name })}</span>}
    </span>
  );
}
