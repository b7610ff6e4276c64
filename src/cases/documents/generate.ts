import type { RequestContext } from '../../context.js';
import type { CaseRecord, SubmissionKind } from '../types.js';
import { assembleSubmission, type AssembleOptions } from './assemble.js';
import { composeSubmission } from './compose.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';
import { templateFor } from './template.js';
import type { WordCount } from './words.js';

export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const documentMedia: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface GeneratedDocument {
  body: Buffer;
  contentType: string;
  filename: string;
  /** The word count against the form's limit, as printed in the document. */
  words: WordCount;
}

/**
 * A case's submission as a file: assembled through the access door as the caller may see it, then
 * rendered. What the API and the CLI both answer.
 */
export async function generateSubmission(
  ctx: RequestContext,
  caseRecord: CaseRecord,
  request: { kind: SubmissionKind; mechanism: string; format: DocumentFormat },
  options: AssembleOptions = {},
): Promise<GeneratedDocument> {
  const input = await assembleSubmission(ctx, caseRecord, request.kind, request.mechanism, options);
  // assembleSubmission has refused a mechanism without a template of this kind.
  const template = templateFor(request.kind, request.mechanism)!;
  const words = composeSubmission(input, template).words;
  const body = request.format === 'docx' ? await renderDocx(input, template) : await renderPdf(input, template);
  const day = input.generatedAt.slice(0, 10);
  return { body, contentType: documentMedia[request.format], filename: `${request.kind}-${request.mechanism}-${caseRecord.id.slice(0, 8)}-${day}.${request.format}`, words };
}
