import { describe, expect, it } from 'vitest';
import { acledDate, acledProfile, deriveAcledColumns, detectAcled, identityGroup } from './acled.js';
import { allRecords, fixture, fixtureSample } from '../../../test/ingestFixtures.js';

describe('ACLED profile', () => {
  it('writes event_date at time_precision precision, in both date forms ACLED exports', () => {
    expect(acledDate('2024-03-15', '1')).toEqual({ date: '2024-03-15', estimated: false });
    expect(acledDate('15 March 2024', '1')).toEqual({ date: '2024-03-15', estimated: false });
    expect(acledDate('5-Mar-2024', '2')).toEqual({ date: '2024-03-05', estimated: true });
    expect(acledDate('2024-04-15', '3')).toEqual({ date: '2024-04', estimated: false });
    expect(acledDate('someday', '1')).toEqual({ date: 'someday', estimated: false });
  });

  it('reads identity groups among the civilians targeted, and leaves occupations out', () => {
    expect(identityGroup('Fulani Ethnic Group (Nigeria)')).toEqual({ name: 'Fulani', kind: 'Ethnic Group' });
    expect(identityGroup('Students (Nigeria); Christian Group (Nigeria)')).toEqual({ name: 'Christian', kind: 'Religious Group' });
    expect(identityGroup('Women (Sudan); Masalit Ethnic Group (Sudan)')).toEqual({ name: 'Women', kind: 'Women' });
    expect(identityGroup('Refugees/IDPs (Somalia)')).toEqual({ name: 'Refugees/IDPs', kind: 'Refugees/IDPs' });
    expect(identityGroup('Journalists (Mexico); Farmers (Mexico)')).toBeUndefined();
    expect(identityGroup('')).toBeUndefined();
  });

  it('keys each event by sub-event type, civilian targeting and deaths; counts deaths only of civilians or protesters', async () => {
    const records = await allRecords(await acledProfile.open(fixture('acled/acled-shaped.csv'), {}));
    expect(records.map((r) => [r.fields.event_id_cnty, r.fields._event, r.fields._victims_killed, r.fields._country_iso3, r.fields._start_date])).toEqual([
      ['NIG90001', 'Attack [civilians, fatal]', '4', 'NGA', '2024-03-15'],
      ['NIG90002', 'Abduction/forced disappearance [civilians]', '0', 'NGA', '2024-03-18'],
      ['IND90003', 'Mob violence [civilians, fatal]', '1', 'IND', '2024-04'],
      ['SDN90004', 'Sexual violence [civilians]', '0', 'SDN', '2024-05-02'],
      ['SDN90005', 'Armed clash', '', 'SDN', '2024-05-03'],
      ['MMR90006', 'Air/drone strike [civilians, fatal]', '7', 'MMR', '2024-06-10'],
      ['MMR90007', 'Peaceful protest', '', 'MMR', '2024-06-11'],
      ['XXX90008', 'Drone swarm harassment [civilians]', '0', 'NGA', '2024-07-01'],
    ]);
    expect(records[1]!.fields).toMatchObject({ _date_estimated: 'true', _victim_group: 'Christian', _victim_group_kind: 'Religious Group', _actor2_perpetrator: '' });
    expect(records[4]!.fields).toMatchObject({ _actor2_perpetrator: 'Fictional Rapid Force', _victim_group: '' });
    expect(records[0]!.fields._information_date).toBe('2024-03-19');
  });

  it('takes inter codes as numbers (before 2024) or words, and a missing civilian_targeting column from the event type', () => {
    const older = deriveAcledColumns({ event_date: '2019-01-02', time_precision: '1', event_type: 'Violence against civilians', sub_event_type: 'Attack', inter2: '7', actor2: 'Civilians (Kenya)', assoc_actor_2: 'Somali Ethnic Group (Kenya)', iso: '404', fatalities: '2' });
    expect(older).toMatchObject({ _event: 'Attack [civilians, fatal]', _victims_killed: '2', _actor2_perpetrator: '', _victim_group: 'Somali', _country_iso3: 'KEN' });
    const force = deriveAcledColumns({ event_type: 'Protests', sub_event_type: 'Excessive force against protesters', fatalities: '3', inter2: '6' });
    expect(force).toMatchObject({ _event: 'Excessive force against protesters [fatal]', _victims_killed: '3' });
  });

  it('detects ACLED files and nothing else', () => {
    expect(detectAcled(fixtureSample('acled/acled-shaped.csv'))).toBeGreaterThan(0.9);
    for (const other of ['ged/ged-events.csv', 'uwazi/violations.csv', 'hxl/incidents-preamble.csv']) expect(detectAcled(fixtureSample(other)), other).toBe(0);
  });
});
