import { describe, expect, it } from 'vitest';
import { type SuggestAct, type SuggestIncident, suggestIndicators } from './suggest.js';

const none = { killed: 0, detained: 0, disappeared: 0, displaced: 0 };
const act = (violationType: string, pyramidLevel: number, groupId: string | null, victims: Partial<SuggestAct['victims']> = {}): SuggestAct => ({ violationType, pyramidLevel, groupId, victims: { ...none, ...victims } });
let n = 0;
const incident = (startDate: string, ...acts: SuggestAct[]): SuggestIncident => ({
  id: `i${String(++n).padStart(2, '0')}`,
  startDate: startDate.length === 4 ? `${startDate}-01-01` : startDate,
  startPrecision: startDate.length === 4 ? 'year' : 'day',
  acts,
});
const names = (id: string) => ({ teral: 'Teral', oru: 'Oru' })[id] ?? id;

describe('suggestions from recorded incidents', () => {
  it('suggests signs of intent (10.2) from dehumanising speech and killings against the same group, with counts and incidents', () => {
    const speech = [incident('2024-01-10', act('dehumanising-speech', 2, 'teral')), incident('2024-03-02', act('incitement-to-violence', 2, 'teral'))];
    const killing = incident('2024-06-01', act('killing', 4, 'teral', { killed: 3 }));
    const [s] = suggestIndicators([...speech, killing], names).filter((x) => x.indicator === 'indicator-10-2');
    expect(s).toEqual({
      id: 'indicator-10-2:teral',
      indicator: 'indicator-10-2',
      status: 'partly',
      groupId: 'teral',
      reason: 'Against Teral: 2 incidents of dehumanising speech or incitement (from 2024-01 to 2024-03) and 1 incident with killings (3 persons killed, in 2024-06).',
      figures: { speechIncidents: 2, killingIncidents: 1, killed: 3 },
      incidentIds: [...speech.map((i) => i.id), killing.id].sort(),
    });
    // Ten killed or more: present.
    const more = suggestIndicators([...speech, killing, incident('2024-07-01', act('massacre', 5, 'teral', { killed: 9 }))], names).find((x) => x.id === 'indicator-10-2:teral');
    expect(more?.status).toBe('present');
  });

  it('does not join speech against one group with killings of another', () => {
    const found = suggestIndicators([incident('2024-01-10', act('dehumanising-speech', 2, 'teral')), incident('2024-02-10', act('killing', 4, 'oru', { killed: 4 }))], names);
    expect(found.filter((s) => s.indicator === 'indicator-10-2')).toEqual([]);
  });

  it('suggests discrimination (9.1) per group, present from three incidents, naming the types', () => {
    const found = suggestIndicators(
      [incident('2023-05-01', act('denial-of-citizenship', 3, 'oru')), incident('2023-06-01', act('discrimination-education', 3, 'oru')), incident('2023-07-01', act('denial-of-citizenship', 3, 'oru')), incident('2023-07-01', act('segregation', 3, 'teral'))],
      names,
    ).filter((s) => s.indicator === 'indicator-9-1');
    expect(found.map((s) => [s.id, s.status])).toEqual([
      ['indicator-9-1:oru', 'present'],
      ['indicator-9-1:teral', 'partly'],
    ]);
    expect(found[0]!.reason).toBe('Against Oru: 3 incidents of discrimination (denial-of-citizenship, discrimination-education), from 2023-05 to 2023-07.');
  });

  it('suggests armed conflict (1.1) only as "partly", and only from five incidents with killings', () => {
    const four = Array.from({ length: 4 }, (_, i) => incident(`2022-0${i + 1}-01`, act('assault', 4, null, { killed: 2 })));
    expect(suggestIndicators(four).some((s) => s.indicator === 'indicator-1-1')).toBe(false);
    const five = [...four, incident('2022-09-01', act('killing', 4, null, { killed: 1 }))];
    const s = suggestIndicators(five).find((x) => x.indicator === 'indicator-1-1');
    expect(s).toMatchObject({ status: 'partly', figures: { killingIncidents: 5, killed: 9 } });
    expect(s!.reason).toMatch(/^5 incidents with killings recorded \(9 persons killed, from 2022-01 to 2022-09\)/);
  });

  it('maps a violation type that is itself an indicator (marking by identity: 7.13; preventing births: 10.4)', () => {
    const found = suggestIndicators([incident('2021-02-01', act('identity-marking', 3, null)), incident('2021-03-01', act('measures-preventing-births', 5, null))]);
    expect(found.map((s) => [s.indicator, s.status])).toEqual([
      ['indicator-7-13', 'present'],
      ['indicator-10-4', 'present'],
    ]);
  });

  it('names a year-dated incident by its year, never by January', () => {
    const found = suggestIndicators([incident('2019', act('identity-marking', 3, null)), incident('2020-03-05', act('identity-marking', 3, null))]);
    expect(found[0]!.reason).toBe('2 incidents of marking of people or property by group recorded, from 2019 to 2020-03.');
  });

  it('suggests nothing from nothing', () => {
    expect(suggestIndicators([])).toEqual([]);
    expect(suggestIndicators([incident('2020-01-01', act('stereotyping', 1, 'oru'))])).toEqual([]);
  });
});
