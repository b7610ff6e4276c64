import type { RequestContext } from '../../context.js';
import { submissionKinds, type CaseRecord, type SubmissionKind } from '../types.js';
import { assembleSubmission, type AssembleOptions } from './assemble.js';
import { composeSubmission } from './compose.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';
import { loadTemplates, templateFor } from './template.js';
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

/** One form a case's submission can follow, with the case's word count against its limit. */
export interface SubmissionChoice {
  kind: SubmissionKind;
  /** The template's title ("Individual communication …"). */
  title: string;
  /** The form it follows. */
  form: string;
  mechanisms: { code: string; name: string }[];
  words: WordCount;
  /** Where the limit comes from, when the form sets one. */
  limitRule: string | null;
}

/**
 * Every submission the case can be written as — each template with the mechanisms it serves — and
 * the case's word count against that form's limit, so a caseworker sees an overlong draft before
 * downloading it. The case is assembled once (through the access door, as for a download: the
 * count is that of the document the caller would get) and composed per template; nothing is
 * rendered. Only the kind, the mechanism and the limit of an assembled input depend on the template.
 */
export async function submissionChoices(ctx: RequestContext, caseRecord: CaseRecord, options: AssembleOptions = {}): Promise<SubmissionChoice[]> {
  const templates = [...loadTemplates()].sort((a, b) => submissionKinds.indexOf(a.kind) - submissionKinds.indexOf(b.kind));
  const first = templates[0]!;
  const base = await assembleSubmission(ctx, caseRecord, first.kind, first.mechanisms[0]!.code, options);
  return templates.map((t) => {
    const input = { ...base, kind: t.kind, mechanism: t.mechanisms[0]!, wordLimit: t.wordLimit?.limit ?? null };
    return { kind: t.kind, title: t.title, form: t.form.title, mechanisms: t.mechanisms, words: composeSubmission(input, t).words, limitRule: t.wordLimit?.rule ?? null };
  });
}
