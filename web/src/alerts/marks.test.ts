import { describe, expect, it } from 'vitest';
import type { Alert } from './explain';
import { alertsByMonth, alertsByRegion } from './marks';

const alert = (over: Partial<Alert>): Alert => ({
  id: 'a',
  rule: 'surge',
  severity: 'low',
  level: 3,
  status: 'new',
  statusReason: null,
  month: '2025-03',
  country: 'XVR',
  admin1: 'Eastern Lakes',
  groupId: null,
  explanation: '',
  figures: {},
  incidentIds: [],
  ...over,
});

describe('alert marks', () => {
  const alerts = [
    alert({ month: '2025-03', severity: 'medium' }),
    alert({ month: '2025-03', severity: 'high', admin1: 'Riverlands' }),
    alert({ month: '2025-01', status: 'acknowledged', admin1: null }),
    alert({ month: '2025-02', status: 'dismissed', severity: 'high' }),
    alert({ month: '2025-02', status: 'withdrawn' }),
  ];

  it('marks each month with open alerts, with their count and the gravest severity', () => {
    expect(alertsByMonth(alerts)).toEqual([
      { key: '2025-01', count: 1, severity: 'low' },
      { key: '2025-03', count: 2, severity: 'high' },
    ]);
  });

  it('marks each region with open alerts; country-wide ones have no region', () => {
    expect(alertsByRegion(alerts)).toEqual([
      { key: 'Eastern Lakes', count: 1, severity: 'medium' },
      { key: 'Riverlands', count: 1, severity: 'high' },
    ]);
  });
});
