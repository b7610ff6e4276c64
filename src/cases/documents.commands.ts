import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { printJson, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { documentFormats, generateSubmission } from './documents/generate.js';
import { getCase } from './service.js';
import { submissionKinds } from './types.js';

const Options = z.object({
  caseId: z.uuid(),
  kind: z.enum(submissionKinds),
  mechanism: z.string().trim().min(1).max(40).transform((s) => s.toUpperCase()),
  format: z.enum(documentFormats),
  out: z.string().min(1),
});

/** What `precursor cases document` does (its options are in ./documents.cli.ts). */
export async function documentCommand(caseId: string, o: { kind: string; mechanism: string; format: string; out: string; json?: boolean }) {
  const options = parseOptions(Options, { caseId, kind: o.kind, mechanism: o.mechanism, format: o.format, out: o.out }, { caseId: 'CASE_ID' });
  await withContext(async (ctx) => {
    const doc = await generateSubmission(ctx, await getCase(ctx, options.caseId), options);
    writeFileSync(options.out, doc.body);
    const summary = { file: options.out, bytes: doc.body.length, contentType: doc.contentType, words: doc.words };
    if (o.json) return printJson(summary);
    const limit = doc.words.limit === null ? 'no word limit' : doc.words.over > 0 ? `OVER the limit of ${doc.words.limit} by ${doc.words.over}` : `within the limit of ${doc.words.limit}`;
    printText(`Wrote ${options.out} (${doc.body.length} bytes): ${doc.words.words} words, ${limit}.\n`);
  });
}
