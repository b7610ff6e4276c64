import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { taxonomyCodes } from '../../taxonomies/load.js';
import type { FieldRule, FormatProfile, Mapping, SourceRecord } from '../types.js';
import { loadMapping } from '../mapping/load.js';
import { missingColumns } from '../mapping/read.js';
import { koboProfile } from './kobo.js';
import { odkProfile } from './odk.js';

/**
 * The shipped mappings of the example incident form against the fixtures: every column a mapping
 * names is in the records the profile gives (on the submission, or in the repeat it names),
 * every value mapping says why and names our codes, and every choice in the fixtures is mapped
 * except the one left out on purpose (reported as unknown). The mapping engine's own checks
 * (src/ingest/mapping/) run on these files too once it is on main.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const vocabularies: Record<string, Parameters<typeof taxonomyCodes>[0]> = {
  violationType: 'violation-types',
  groupBasis: 'identity-bases',
  perpetratorKind: 'actor-kinds',
  verificationStatus: 'verification-statuses',
  confidentiality: 'confidentiality-levels',
};

async function records(profile: FormatProfile, path: string): Promise<SourceRecord[]> {
  const table = await profile.open({ path, name: path.split('/').pop()!, size: statSync(path).size }, {});
  const out: SourceRecord[] = [];
  for await (const r of table.records) out.push(r);
  return out;
}

const columnsOf = (rule: FieldRule): { columns: string[]; repeat?: string } => {
  if (typeof rule === 'string') return { columns: [rule] };
  const fromTemplate = [...(rule.template ?? '').matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const columns = rule.column === undefined ? [] : Array.isArray(rule.column) ? rule.column : [rule.column];
  return { columns: [...columns, ...fromTemplate], ...(rule.repeat ? { repeat: rule.repeat } : {}) };
};

describe.each([
  ['kobo-incident-form', koboProfile, 'test/fixtures/kobo/incident-report.xlsx'],
  ['kobo-incident-form-csv', koboProfile, 'test/fixtures/kobo/incident-report.csv'],
  ['odk-incident-form', odkProfile, 'test/fixtures/odk/incident_report.zip'],
  ['odk-incident-form-csv', odkProfile, 'test/fixtures/odk/incident_report.csv'],
] as const)('mapping %s on %s', (name, profile, fixture) => {
  const mapping = parse(readFileSync(join(root, 'data', 'mappings', `${name}.yaml`), 'utf8')) as Mapping;

  it('is a valid mapping (the mapping engine’s schema), and names only columns the table lists', async () => {
    const valid = loadMapping(name);
    const table = await profile.open({ path: join(root, fixture), name: fixture, size: statSync(join(root, fixture)).size }, {});
    expect(missingColumns(valid, table)).toEqual([]);
  });

  it('names the profile and its own default', () => {
    expect(mapping.name).toBe(name);
    expect(mapping.format).toBe(profile.format);
    expect(name.startsWith(profile.defaultMapping!)).toBe(true);
  });

  it('every column it names is in the records (repeat columns in the repeat’s rows, when the file has repeats)', async () => {
    const rows = await records(profile, join(root, fixture));
    for (const [target, rule] of Object.entries(mapping.fields)) {
      const { columns, repeat } = columnsOf(rule);
      for (const column of columns) {
        if (repeat) {
          const children = rows.flatMap((r) => r.children?.[repeat] ?? []);
          if (fixture.endsWith('.csv')) continue; // CSV exports carry no repeats: said in a note
          expect(children.length, `${target}: rows of ${repeat}`).toBeGreaterThan(0);
          for (const child of children) expect(child.fields, `${target} ← ${repeat}/${column}`).toHaveProperty([column]);
        } else {
          // Totals over a repeat exist where the submission has repeat rows.
          for (const r of rows) if (!column.startsWith('sum(') || r.children) expect(r.fields, `${target} ← ${column}`).toHaveProperty([column]);
        }
      }
    }
    for (const key of (mapping.key as { columns: string[] }).columns) for (const r of rows) expect(r.fields[key]).toBeTruthy();
  });

  it('every value mapping says why and names codes of our vocabularies; every choice in the file is mapped but the one left out', async () => {
    for (const [target, values] of Object.entries(mapping.values ?? {})) {
      for (const [value, m] of Object.entries(values)) {
        expect(m.why.length, `${target}.${value}.why`).toBeGreaterThan(20);
        const vocabulary = vocabularies[target];
        if (vocabulary) for (const code of [m.code].flat()) expect(taxonomyCodes(vocabulary).has(code!), `${target}.${value} → ${code}`).toBe(true);
      }
    }
    for (const [target, value] of Object.entries(mapping.defaults ?? {})) {
      const vocabulary = vocabularies[target];
      if (vocabulary) expect(taxonomyCodes(vocabulary).has(String(value))).toBe(true);
    }
    const rows = await records(profile, join(root, fixture));
    const seen = new Set(rows.flatMap((r) => `${r.fields.violation_type} ${r.fields.other_violations}`.split(' ').filter(Boolean)));
    const unmapped = [...seen].filter((v) => !(v in mapping.values!.violationType!));
    expect(unmapped).toEqual(['relocation']);
    for (const r of rows) {
      expect(mapping.values!.group).toHaveProperty([String(r.fields.targeted_group)]);
      expect(mapping.values!.perpetratorKind).toHaveProperty([String(r.fields.perpetrator_kind)]);
      expect(mapping.values!.admin1).toHaveProperty([String(r.fields['incident/admin1'])]);
    }
  });
});
