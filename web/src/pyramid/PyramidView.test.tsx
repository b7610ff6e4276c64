import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { change, PyramidView } from './PyramidView';

const levels = { terms: [], byCode: new Map([['5', { code: '5', label: { en: 'Genocide' } }], ['4', { code: '4', label: { en: 'Bias-motivated violence' } }]]) };

describe('pyramid view', () => {
  it('computes the change against the previous period', () => {
    expect(change(12, 8)).toEqual({ delta: 4, percent: 50 });
    expect(change(3, 0)).toEqual({ delta: 3, percent: null });
    expect(change(0, 5)).toEqual({ delta: -5, percent: -100 });
  });

  it('draws the levels from 5 down to 1, each with its count, trend and a label that says both', () => {
    const html = renderToStaticMarkup(
      <I18nProvider>
        <PyramidView current={[10, 20, 30, 40, 2]} previous={[10, 25, 30, 20, 0]} levels={levels} selected={[4]} onToggle={() => {}} />
      </I18nProvider>,
    );
    const bands = [...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(bands).toHaveLength(5);
    expect(bands[0]).toBe('Level 5, Genocide: 2 incidents. Up 2 on the previous period. Select to filter by this level.');
    expect(bands[1]).toContain('Up 20');
    expect(bands[3]).toContain('Down 5');
    expect(bands[4]).toContain('Same as the previous period.');
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('▲ +20 (+100%)');
    expect(html).toContain('▼ −5 (-20%)');
  });
});
