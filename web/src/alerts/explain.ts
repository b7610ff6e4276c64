import type { I18n } from '../i18n/i18n';

/** An alert as GET /api/alerts returns it. */
export interface Alert {
  id: string;
  rule: 'surge' | 'climb' | 'spread' | 'severity' | 'speech-lead';
  severity: 'low' | 'medium' | 'high';
  level: number;
  status: 'new' | 'acknowledged' | 'escalated' | 'dismissed' | 'withdrawn';
  statusReason: string | null;
  month: string;
  country: string;
  admin1: string | null;
  groupId: string | null;
  explanation: string;
  figures: Record<string, number | string | null>;
  incidentIds: string[];
}

/**
 * An alert's explanation in the reader's language. The server writes it in English with the
 * numbers behind it (`figures`); other languages build their sentence from those figures, so
 * the numbers are the same in every language.
 */
export function explainAlert(alert: Alert, i18n: Pick<I18n, 'lang' | 't' | 'number' | 'date'>, names: { group: string; place: string }): string {
  if (i18n.lang === 'en') return alert.explanation;
  const f = alert.figures;
  const n = (key: string) => i18n.number(Number(f[key] ?? 0));
  const p = Number(f.p ?? 1);
  const vars = {
    group: names.group,
    place: names.place,
    month: i18n.date(alert.month, 'month'),
    level: i18n.number(alert.level),
    p: p < 0.001 ? '< 0.001' : `= ${i18n.number(Number(p.toPrecision(1)))}`,
  };
  switch (alert.rule) {
    case 'surge':
      return i18n.t('alerts.explain.surge', { ...vars, observed: n('observed'), months: n('windowMonths'), baseline: n('baselinePerMonth') });
    case 'climb':
      return i18n.t('alerts.explain.climb', { ...vars, count: Number(f.incidentsAtLevel ?? 0), previous: n('previousLevel'), skipped: n('skippedLevels') });
    case 'spread':
      return i18n.t('alerts.explain.spread', { ...vars, regions: String(f.newRegions ?? '—'), kinds: String(f.newPerpetratorKinds ?? '—') });
    case 'severity':
      return i18n.t('alerts.explain.severity', { ...vars, killed: n('killed'), detained: n('detained'), disappeared: n('disappeared'), displaced: n('displaced') });
    case 'speech-lead':
      return i18n.t('alerts.explain.speechLead', { ...vars, speech: n('speech'), months: n('windowMonths'), baseline: n('baselinePerMonth'), violence: n('violence') });
  }
}
