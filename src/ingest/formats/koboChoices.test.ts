import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import type { Database } from '../../db/database.js';
import { previewImport } from '../pipeline.js';
import type { ImportFile } from '../types.js';
import { detectFormat } from './index.js';
import { ChoiceLabels } from './kobo.js';

/**
 * Kobo XLSX exports without --format (issue 16 §1): detected by the first sheet's columns; and a
 * region given as a choice name is recorded by its label when the workbook carries the form's
 * `choices` sheet. The workbook is the shipped fixture with one region changed to a choice the
 * shipped mapping does not name, and a choices sheet added as XLSForm writes it.
 */
const fixture = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'kobo', 'incident-report.xlsx');
const fileOf = (path: string): ImportFile => ({ path, name: path.split('/').pop()!, size: statSync(path).size });
// Preview reads and maps; it writes nothing, so no database is opened.
const ctx = createContext(undefined as unknown as Database);

describe('Kobo XLSX detection and choice labels', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precursor-kobo-choices-'));
  const withChoices = join(dir, 'with-choices.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture);
    const main = wb.worksheets[0]!;
    const admin1 = (main.getRow(1).values as unknown[]).indexOf('incident/admin1');
    main.getRow(2).getCell(admin1).value = 'western_hills';
    const choices = wb.addWorksheet('choices');
    choices.addRow(['list_name', 'name', 'label::English (en)', 'label::Français (fr)']);
    choices.addRow(['region', 'western_hills', 'Western Hills', 'Collines de l’Ouest']);
    choices.addRow(['region', 'eastern_lakes', 'Eastern Lakes', 'Lacs de l’Est']);
    await wb.xlsx.writeFile(withChoices);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the shipped Kobo XLSX is detected as kobo without --format', async () => {
    const detected = await detectFormat(fileOf(fixture));
    expect(detected.profile.format).toBe('kobo');
    expect(detected.scores[0]).toEqual({ format: 'kobo', score: 0.95 });
  });

  it('a region given as a choice name is recorded by its label from the choices sheet; the mapping’s own values still win', async () => {
    const preview = await previewImport(ctx, fileOf(withChoices), {});
    expect(preview.format).toBe('kobo');
    expect(preview.notes.join(' ')).toMatch(/the form's choices \(sheet "choices"\)/);
    const places = preview.rows.map((r) => r.incident?.place.admin1);
    expect(places[0]).toBe('Western Hills');
    // eastern_lakes is named by the shipped mapping's values (its label there is the same).
    expect(places[1]).toBe('Eastern Lakes');
  });

  it('a name two lists label differently is left as written', () => {
    const labels = new ChoiceLabels();
    labels.add(['list_name', 'name', 'label'], ['region', 'north', 'North Province']);
    labels.add(['list_name', 'name', 'label'], ['direction', 'north', 'North']);
    labels.add(['list_name', 'name', 'label'], ['region', 'south', 'South Province']);
    expect([...labels.map()]).toEqual([['south', 'South Province']]);
  });
});
