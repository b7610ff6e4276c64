import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';

/**
 * Text encodings a monitor's file arrives in. Spreadsheet programs write UTF-8 (often with a
 * byte-order mark: Excel's "CSV UTF-8"), UTF-16 (Excel's "Unicode text", LibreOffice on
 * request) and, on older Windows set-ups, Windows-1252 — a superset of Latin-1 in its
 * printable range, so Latin-1 files read correctly as Windows-1252.
 */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1252';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Length of the byte-order mark to skip. */
  bom: number;
  /** How it was decided, for the table's notes. */
  note: string;
}

/** The first bytes of a file (64 kB: enough for detection, a preview and a format's sniffing). */
export async function readHead(path: string, size = 65_536): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Decides a file's encoding from its first bytes: a byte-order mark when there is one; else
 * UTF-16 by its pattern of NUL bytes (text in Latin script has a NUL in every other byte);
 * else UTF-8 when the bytes are valid UTF-8; else Windows-1252.
 */
export function detectEncoding(head: Buffer): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3, note: 'encoding UTF-8 (with a byte-order mark)' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2, note: 'encoding UTF-16 little-endian (byte-order mark)' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2, note: 'encoding UTF-16 big-endian (byte-order mark)' };
  const sample = head.subarray(0, Math.min(head.length, 4096) & ~1);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  const pairs = sample.length / 2;
  // A quarter of the pairs with a NUL on one side and almost none on the other: UTF-16 without a mark.
  if (pairs >= 2 && oddNul > pairs / 4 && evenNul < pairs / 20) return { encoding: 'utf16le', bom: 0, note: 'encoding UTF-16 little-endian (no byte-order mark; told by its NUL bytes)' };
  if (pairs >= 2 && evenNul > pairs / 4 && oddNul < pairs / 20) return { encoding: 'utf16be', bom: 0, note: 'encoding UTF-16 big-endian (no byte-order mark; told by its NUL bytes)' };
  if (isUtf8(head)) return { encoding: 'utf8', bom: 0, note: 'encoding UTF-8' };
  return { encoding: 'windows1252', bom: 0, note: 'encoding Windows-1252 (the bytes are not valid UTF-8)' };
}

/** Valid UTF-8, allowing a character cut at the end of the sample. */
function isUtf8(bytes: Buffer): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      decoder.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // A multi-byte character cut by the sample's end: try without its first bytes.
      if (cut === 3 || !isContinuationTail(bytes, cut + 1)) return false;
    }
  }
  return bytes.length === 0;
}

function isContinuationTail(bytes: Buffer, n: number): boolean {
  const b = bytes[bytes.length - n];
  return b !== undefined && b >= 0x80;
}

/** The names iconv-lite knows the encodings by. */
const iconvName: Record<TextEncoding, string> = { utf8: 'utf8', utf16le: 'utf16le', utf16be: 'utf16be', windows1252: 'win1252' };

/** Decoded text of a file, streamed, its byte-order mark skipped; `onBytes` counts the bytes read (for progress). */
export function decodedStream(path: string, detected: DetectedEncoding, onBytes?: (n: number) => void): NodeJS.ReadableStream {
  const raw = createReadStream(path, { start: detected.bom, highWaterMark: 256 * 1024 });
  if (onBytes) raw.on('data', (chunk) => onBytes(chunk.length));
  const decoder = iconv.decodeStream(iconvName[detected.encoding], { stripBOM: false }) as NodeJS.ReadWriteStream & { destroy?: (err?: Error) => void; on: NodeJS.ReadWriteStream['on'] };
  raw.on('error', (err) => decoder.emit('error', err));
  // Closing the decoded stream closes the file.
  decoder.on('close', () => raw.destroy());
  return raw.pipe(decoder);
}

/** Decodes a sample of bytes (the head) the same way, for delimiter detection and sniffing. */
export function decodeSample(head: Buffer, detected: DetectedEncoding): string {
  let bytes = head.subarray(detected.bom);
  if (detected.encoding.startsWith('utf16')) bytes = bytes.subarray(0, bytes.length & ~1);
  const text = iconv.decode(bytes, iconvName[detected.encoding], { stripBOM: false });
  // A character cut by the sample's end decodes as U+FFFD: drop it.
  return text.replace(/\uFFFD$/, '');
}
