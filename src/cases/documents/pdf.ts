import PDFDocument from 'pdfkit';
import type { SubmissionInput } from '../types.js';
import { composeSubmission, type Block } from './compose.js';
import { arabicPattern, fontFiles, scriptRuns } from './fonts.js';
import { svgToPng } from './svg.js';
import type { SubmissionTemplate } from './template.js';

/**
 * The submission as PDF (pdfkit), laid out from the same blocks as the DOCX. Fonts are embedded
 * (Noto Sans, and Noto Sans Arabic for Arabic runs, which fontkit shapes and sets right to left), so
 * the file reads the same everywhere. Pure: the input says when it was generated.
 */
export async function renderPdf(input: SubmissionInput, template: SubmissionTemplate): Promise<Buffer> {
  const composed = composeSubmission(input, template);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 57, bottom: 57, left: 57, right: 57 },
    bufferPages: true,
    // A fixed creation date keeps the file a function of its input.
    info: { Title: composed.title, Author: 'Precursor', Creator: 'Precursor', CreationDate: new Date(input.generatedAt) },
  });
  doc.registerFont('Sans', fontFiles.regular);
  doc.registerFont('Sans-Bold', fontFiles.bold);
  doc.registerFont('Sans-Italic', fontFiles.italic);
  doc.registerFont('Arabic', fontFiles.arabic);
  doc.registerFont('Arabic-Bold', fontFiles.arabicBold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  composed.blocks.forEach((block, i) => {
    // A heading stays on the page of the figure it introduces.
    const next = composed.blocks[i + 1];
    if (block.type === 'heading' && next?.type === 'image') ensureSpace(doc, 60 + (contentWidth(doc) * next.height) / next.width);
    draw(doc, block);
  });
  numberPages(doc);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;
type Style = 'Sans' | 'Sans-Bold' | 'Sans-Italic';

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Writes text that may mix Latin and Arabic, run by run; a paragraph that starts in Arabic is right-aligned. */
function write(doc: Doc, text: string, style: Style, size: number, options: PDFKit.Mixins.TextOptions & { x?: number; y?: number } = {}) {
  const runList = scriptRuns(text);
  // Right-aligned only when all of it is Arabic: pdfkit cannot right-align a line of several runs.
  const align = options.align ?? (runList.length === 1 && runList[0]!.arabic ? 'right' : 'left');
  const { x, y, ...rest } = options;
  runList.forEach((run, i) => {
    const font = run.arabic ? (style === 'Sans-Bold' ? 'Arabic-Bold' : 'Arabic') : style;
    doc.font(font).fontSize(size);
    const opts = { ...rest, align, continued: i < runList.length - 1 };
    if (i === 0 && x !== undefined && y !== undefined) doc.text(run.text, x, y, opts);
    else doc.text(run.text, opts);
  });
  if (runList.length === 0) doc.font(style).fontSize(size).text('', options.x ?? doc.x, options.y ?? doc.y, rest);
}

/** A registered font's ascent as a fraction of its size. */
function ascent(doc: Doc, font: string): number {
  doc.font(font);
  const current = (doc as unknown as { _font: { ascender: number } })._font;
  return current.ascender / 1000;
}

function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function draw(doc: Doc, block: Block) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  switch (block.type) {
    case 'title':
      write(doc, block.text, 'Sans-Bold', 18, { x: left, y: doc.y, width });
      doc.moveDown(0.6);
      return;
    case 'meta':
      write(doc, block.text, 'Sans', 8.5, { x: left, y: doc.y, width });
      doc.moveDown(0.2);
      return;
    case 'heading':
      ensureSpace(doc, 60);
      doc.moveDown(0.8);
      write(doc, block.text, 'Sans-Bold', 12.5, { x: left, y: doc.y, width });
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      write(doc, block.text, 'Sans', 10, { x: left, y: doc.y, width });
      doc.moveDown(0.4);
      return;
    case 'guidance':
      doc.fillColor('#555555');
      write(doc, block.text, 'Sans-Italic', 9.5, { x: left, y: doc.y, width });
      doc.fillColor('#000000');
      doc.moveDown(0.4);
      return;
    case 'list':
      for (const item of block.items) {
        doc.font('Sans').fontSize(10);
        ensureSpace(doc, doc.heightOfString(item, { width: width - 14 }) + 4);
        const y = doc.y;
        const runList = scriptRuns(item);
        if (runList.length === 1 && runList[0]!.arabic) {
          // A right-to-left item: its bullet on the right, on the Arabic font's baseline (its ascent is taller).
          const drop = (ascent(doc, 'Arabic') - ascent(doc, 'Sans')) * 10;
          doc.font('Sans').fontSize(10).text('•', left + width - 8, y + drop, { lineBreak: false });
          write(doc, item, 'Sans', 10, { x: left, y, width: width - 14 });
        } else {
          doc.font('Sans').fontSize(10).text('•', left, y);
          write(doc, item, 'Sans', 10, { x: left + 14, y, width: width - 14 });
        }
        doc.moveDown(0.2);
      }
      doc.moveDown(0.3);
      return;
    case 'image': {
      const height = (width * block.height) / block.width;
      ensureSpace(doc, height + 10);
      doc.image(svgToPng(block.svg), left, doc.y, { width, height });
      doc.y += height + 8;
      doc.x = left;
      return;
    }
    case 'table':
      drawTable(doc, block);
      return;
  }
}

function drawTable(doc: Doc, table: Extract<Block, { type: 'table' }>) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const total = table.widths.reduce((a, b) => a + b, 0);
  const columns = table.widths.map((w) => (w / total) * width);
  const size = table.small ? 7.5 : 9;
  const pad = 3;
  const rowHeight = (cells: string[], bold: boolean) =>
    Math.max(
      ...cells.map((c, i) => {
        doc.font(bold ? 'Sans-Bold' : arabicPattern.test(c) ? 'Arabic' : 'Sans').fontSize(size);
        return doc.heightOfString(c || ' ', { width: columns[i]! - 2 * pad });
      }),
    ) +
    2 * pad;
  const drawRow = (cells: string[], bold: boolean) => {
    const h = rowHeight(cells, bold);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      if (!bold) drawRow(table.header, true);
    }
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      const w = columns[i]!;
      if (bold) doc.rect(x, y, w, h).fill('#eeeeee').fillColor('#000000');
      doc.rect(x, y, w, h).lineWidth(0.5).stroke('#999999');
      write(doc, c, bold ? 'Sans-Bold' : 'Sans', size, { x: x + pad, y: y + pad, width: w - 2 * pad });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(table.header, true);
  for (const row of table.rows) drawRow(row, false);
  doc.moveDown(0.8);
}

function numberPages(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page: lift the margin while numbering.
    doc.page.margins.bottom = 0;
    doc.font('Sans').fontSize(8).fillColor('#555555').text(`${i + 1} / ${range.count}`, doc.page.margins.left, doc.page.height - 34, { width: contentWidth(doc), align: 'center' });
    doc.page.margins.bottom = margin;
  }
}
