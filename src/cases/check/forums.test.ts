import { describe, expect, it } from 'vitest';
import { loadMechanisms } from '../mechanisms.js';
import type { AcceptanceRow } from '../types.js';
import { findForums, type ForumFacts } from './forums.js';

const mechanisms = loadMechanisms();
const row = (instrument: AcceptanceRow['instrument'], inForce: string | null): AcceptanceRow => ({ state: 'XVR', instrument, action: 'accession', deposited: inForce, inForce, withdrawn: null, reservations: [], source: 'test', sourceDate: null, verified: false });
const facts: ForumFacts = {
  state: 'XVR',
  submissionDate: null,
  violation: { start: '2024-03-01', end: null, continuing: true },
  finalDomesticDecision: '2026-03-14',
  remedies: [{ body: 'Supreme Court', filed: '2024-06-01', decided: '2026-03-14', outcome: 'dismissed', final: true }],
  remediesException: null,
  otherProcedure: null,
  authorIsVictim: true,
  authorAnonymous: false,
};

describe('forum finder', () => {
  it('lists every mechanism: treaty bodies checked with their acceptance, charter-based mechanisms open, CMW closed', () => {
    const forums = findForums(facts, [row('ICCPR-OP1', '2009-06-02'), row('ICERD-14', '2011-05-16'), row('CAT-22', null)], mechanisms, { today: '2026-05-01' });
    expect(forums).toHaveLength(8 + 13);
    const by = (code: string) => forums.find((f) => f.code === code)!;
    expect(by('CCPR')).toMatchObject({ kind: 'treaty-body', open: true });
    expect(by('CERD').open).toBe(true);
    expect(by('CERD').check!.outcome).toBe('admissible');
    expect(by('CERD').deadlines).toEqual([expect.objectContaining({ date: '2026-09-14' })]);
    expect(by('CAT').open).toBe(false);
    expect(by('CAT').check!.outcome).toBe('inadmissible');
    expect(by('CEDAW').open).toBeNull();
    expect(by('SR-MINORITIES')).toMatchObject({ kind: 'special-procedure', open: true, check: null });
    expect(by('OSAPG')).toMatchObject({ kind: 'recipient', open: true });
    expect(by('CMW')).toMatchObject({ kind: 'not-in-force', open: false });
    expect(by('CMW').openReason).toMatch(/ICRMW art\. 77/);
  });
});
