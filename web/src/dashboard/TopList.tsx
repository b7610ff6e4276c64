import { useI18n } from '../i18n/i18n';

export interface TopItem {
  key: string;
  name: string;
  count: number;
}

interface Props {
  title: string;
  items: TopItem[];
  selected: readonly string[];
  onPick: (key: string) => void;
  testId: string;
}

/** The most frequent values of one dimension; each row filters the dashboard to it. */
export function TopList({ title, items, selected, onPick, testId }: Props) {
  const { t, number } = useI18n();
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <section className="card toplist" aria-labelledby={`${testId}-h`} data-testid={testId}>
      <h2 id={`${testId}-h`}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.key}>
              <button type="button" aria-pressed={selected.includes(item.key)} onClick={() => onPick(item.key)} title={t('dashboard.filterTo', { name: item.name })}>
                <span className="name">{item.name}</span>
                <span className="bar" style={{ inlineSize: `${(item.count / max) * 100}%` }} aria-hidden="true" />
                <span className="n">{number(item.count)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
