import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SubmissionInput } from '../types.js';
import { composeSubmission, type Block } from './compose.js';
import { arabicPattern, scriptRuns } from './fonts.js';
import { svgToPng } from './svg.js';
import type { SubmissionTemplate } from './template.js';

/**
 * The submission as an editable Word document (the UPR accepts Word only; the treaty bodies take it
 * too), with the `docx` package. Pure: no database, no clock — the input says when it was generated.
 */
export async function renderDocx(input: SubmissionInput, template: SubmissionTemplate): Promise<Buffer> {
  const composed = composeSubmission(input, template);
  const doc = new Document({
    title: composed.title,
    creator: 'Precursor',
    description: `${template.title}: ${input.case.title}`,
    styles: { default: { document: { run: { font: 'Noto Sans', size: 21 } } } },
    sections: [
      {
        // A4 with 2 cm margins, in twentieths of a point.
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] }) },
        children: composed.blocks.flatMap(toDocx),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Runs for text that may mix Latin and Arabic: Arabic runs right to left, in the Arabic font. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return scriptRuns(text).map((r) =>
    r.arabic ? new TextRun({ text: r.text, ...style, rightToLeft: true, font: { ascii: 'Noto Sans Arabic', hAnsi: 'Noto Sans Arabic', cs: 'Noto Sans Arabic' } }) : new TextRun({ text: r.text, ...style }),
  );
}

/** A paragraph whose first letter is Arabic reads right to left. */
const rtl = (text: string) => arabicPattern.test(text.match(/\p{L}/u)?.[0] ?? '');

function paragraph(text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) {
  return new Paragraph({ children: runs(text, style), bidirectional: rtl(text), spacing: { after: 120 }, ...extra });
}

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text, { bold: true, size: 36 }), spacing: { after: 240 } })];
    case 'meta':
      return [paragraph(block.text, { size: 18 })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(block.text, { bold: true, size: 26 }), spacing: { before: 320, after: 120 }, bidirectional: rtl(block.text) })];
    case 'paragraph':
      return [paragraph(block.text)];
    case 'guidance':
      return [paragraph(block.text, { italics: true, size: 19 })];
    case 'list':
      return block.items.map((item) => paragraph(item, {}, { bullet: { level: 0 } }));
    case 'image': {
      // The text width of A4 less 2 cm margins is about 640 px at 96 dpi.
      const width = 640;
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: svgToPng(block.svg),
              transformation: { width, height: Math.round((width * block.height) / block.width) },
              altText: { name: block.alt, title: block.alt, description: block.alt },
            }),
          ],
        }),
      ];
    }
    case 'table': {
      const size = block.small ? 16 : 19;
      const cell = (text: string, width: number, header: boolean) =>
        new TableCell({
          width: { size: width, type: WidthType.PERCENTAGE },
          children: text.split('\n').map((line) => new Paragraph({ children: runs(line, { bold: header, size }), bidirectional: rtl(line) })),
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, block.widths[i] ?? 10, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, block.widths[i] ?? 10, false)) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}
