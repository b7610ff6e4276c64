import { describe, expect, it } from 'vitest';
import { calendarIcs } from './calendar.js';

describe('calendarIcs', () => {
  const entry = { date: '2026-12-01', kind: 'task' as const, title: 'Comments due; on the State\'s observations, part 2', caseId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', caseTitle: 'Teral family, Eastern Lakes', ref: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', done: false };

  it('writes one all-day event per due date, with escaped text and a UID stable across downloads', () => {
    const ics = calendarIcs([entry], new Date('2026-11-30T10:00:00Z'), 'https://precursor.example');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261201\r\n');
    expect(ics).toContain("SUMMARY:Comments due\\; on the State's observations\\, part 2\r\n");
    expect(ics).toContain('UID:task-1b4e28ba-2fa1-41d2-883f-0016d3cca427-2026-12-01@precursor\r\n');
    expect(ics).toContain('DTSTAMP:20261130T100000Z');
    expect(ics.replace(/\r\n /g, '')).toMatch(/\r\nURL[;:].*https:\/\/precursor.example\/cases\/7c9e6679-7425-40de-944b-e07fc1f90ae7\r\n/);
    expect(calendarIcs([entry], new Date('2026-12-02T00:00:00Z'))).toContain('UID:task-1b4e28ba-2fa1-41d2-883f-0016d3cca427-2026-12-01@precursor');
  });

  it('folds lines longer than 75 octets (RFC 5545 §3.1) and marks done tasks', () => {
    const ics = calendarIcs([{ ...entry, title: 'x'.repeat(200), done: true }], new Date('2026-11-30T10:00:00Z'));
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:[done] ${'x'.repeat(200)}`);
  });
});
