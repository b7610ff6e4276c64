import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { allRecords, scratchDir } from './testFiles.js';
import { readXlsx } from './xlsx.js';
import { defaultZipLimits, openZip } from './zip.js';
import { workbookXml, zipOf } from './zipFiles.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const text = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

describe('ZIP archives', () => {
  it('lists members and opens them', async () => {
    const f = scratch.file('ok.zip', await zipOf({ 'data.csv': 'a,b\n1,2\n', 'media/photo.jpg': Buffer.alloc(10) }));
    const zip = await openZip(f.path, f.name);
    expect(zip.members.map((m) => m.name).sort()).toEqual(['data.csv', 'media/photo.jpg']);
    expect(await text(await zip.openMember('data.csv'))).toBe('a,b\n1,2\n');
    await expect(zip.openMember('nope.csv')).rejects.toThrow(/no member 'nope.csv'/);
    zip.close();
  });

  it('a member that would inflate more than 200 times is refused before anything is inflated', async () => {
    const f = scratch.file('bomb.zip', await zipOf({ 'data.csv': Buffer.alloc(5 * 1024 ** 2, 0x20) }));
    await expect(openZip(f.path, f.name)).rejects.toThrow(/the member 'data.csv' would inflate \d+ times \(5.0 MiB\): more than 200 times is refused as a possible ZIP bomb/);
  });

  it('members inflating past the total limit are refused', async () => {
    const f = scratch.file('big.zip', await zipOf({ 'a.csv': Buffer.alloc(3000, 1), 'b.csv': Buffer.alloc(3000, 2) }));
    await expect(openZip(f.path, f.name, { ...defaultZipLimits, maxTotalBytes: 5000 })).rejects.toThrow(/would inflate to more than/);
  });

  it('too many members are refused', async () => {
    const f = scratch.file('many.zip', await zipOf(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`m${i}.txt`, 'x']))));
    await expect(openZip(f.path, f.name, { ...defaultZipLimits, maxMembers: 10 })).rejects.toThrow(/more than 10 members/);
  });

  it('a member whose central directory understates its size fails as it inflates, and is not read past it', async () => {
    const bytes = await zipOf({ 'data.csv': 'x'.repeat(5000) });
    // Both headers say 100 bytes: the central directory (offset 24) and the local header (offset 22).
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(100, central + 24);
    bytes.writeUInt32LE(100, 22);
    const f = scratch.file('liar.zip', bytes);
    const zip = await openZip(f.path, f.name);
    expect(zip.members[0]!.size).toBe(100);
    await expect(zip.openMember('data.csv').then(text)).rejects.toThrow();
    zip.close();
  });

  it('a file that is not a ZIP is an invalid input, not a crash', async () => {
    const f = scratch.file('not.zip', Buffer.from('PK\u0003\u0004 but nothing else'));
    const err = await openZip(f.path, f.name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).message).toMatch(/not.zip: not a readable ZIP archive/);
  });
});

describe('a ZIP bomb inside an XLSX', () => {
  it('is refused before the sheet is inflated', async () => {
    const bomb = `<worksheet><sheetData>${' '.repeat(5 * 1024 ** 2)}</sheetData></worksheet>`;
    const f = scratch.file('bomb.xlsx', await zipOf({ 'xl/workbook.xml': workbookXml(['Sheet1']), 'xl/worksheets/sheet1.xml': bomb }));
    await expect(readXlsx(f)).rejects.toThrow(/bomb.xlsx: the member 'xl\/worksheets\/sheet1.xml' would inflate \d+ times/);
  });

  it('an archive without a workbook is not an XLSX', async () => {
    const f = scratch.file('nowb.xlsx', await zipOf({ 'data.csv': 'a\n1\n' }));
    await expect(readXlsx(f)).rejects.toThrow(/not an XLSX workbook/);
  });

  it('a workbook with a broken sheet is an invalid input', async () => {
    const f = scratch.file('broken.xlsx', await zipOf({ 'xl/workbook.xml': workbookXml(['S']), 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>' }));
    const result = await readXlsx(f).then(allRecords, (e: unknown) => e);
    // Either nothing is read or a clear refusal: never a crash with a stack trace.
    if (result instanceof Error) expect(result).toBeInstanceOf(DomainError);
    else expect(result).toEqual([]);
  });
});
