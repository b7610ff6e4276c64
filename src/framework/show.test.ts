import { describe, expect, it } from 'vitest';
import type { Scorecard } from './schema.js';
import { formatScorecard } from './show.js';

describe('the scorecard as text', () => {
  it('prints each factor with its counts and, under it, the assessed indicators with what they were', () => {
    const indicator = { code: 'indicator-9-1', number: '9.1', text: 'Discrimination', status: 'present' as const, statusSince: 'partly' as const };
    const card: Scorecard = {
      country: 'XVR',
      frameworkVersion: 1,
      since: '2024-01-01',
      factors: [
        {
          code: 'factor-9',
          number: 9,
          name: 'Intergroup tensions',
          crimes: 'genocide',
          status: 'present',
          counts: { present: 1, partly: 0, absent: 0, unknown: 5 },
          assessed: 1,
          changedSince: 1,
          indicators: [
            { ...indicator, current: { id: '00000000-0000-4000-8000-000000000001', country: 'XVR', indicator: 'indicator-9-1', status: 'present', assessedOn: '2024-06-01', note: 'three laws', incidentIds: ['00000000-0000-4000-8000-000000000002'], suggestion: null, assessedBy: 'ana', recordedAt: '2024-06-01T10:00:00.000000Z' } },
            { ...indicator, code: 'indicator-9-2', number: '9.2', status: 'unknown', statusSince: 'unknown', current: null },
          ],
        },
      ],
      changes: [{ indicator: 'indicator-9-1', from: 'partly', to: 'present', assessedOn: '2024-06-01' }],
    };
    expect(formatScorecard(card).split('\n')).toEqual([
      'XVR: UN Framework of Analysis scorecard (framework version 1), changes since 2024-01-01',
      '',
      ' 9. PRESENT Intergroup tensions [genocide] — present 1, partly 0, absent 0, unknown 5, 1 changed',
      '      9.1   present (was partly) on 2024-06-01, 1 incidents: Discrimination — three laws',
      '',
      '1 indicators changed since 2024-01-01',
      '',
    ]);
  });
});
