import { readFileSync, writeFileSync } from 'node:fs';
import { exitCodes, printJson } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { invalid } from '../errors.js';
import { generateHeadKeys, headSignatureValid, signHead, SignedHead } from './head.js';
import { checkHeadAgainstChain, currentHead, verifyAuditTrail } from './verify.js';

/** What the audit commands do (their options are in ./cli.ts). */

export async function verifyCommand(o: { json?: boolean }) {
  const report = await withContext((ctx) => verifyAuditTrail(ctx));
  if (o.json) printJson(report);
  else if (report.ok) process.stdout.write(`the audit trail verifies: ${report.checked} entries${report.lastGood ? `, head ${report.lastGood.seq} ${report.lastGood.hash}` : ''}\n`);
  else process.stderr.write(`the audit trail does NOT verify: ${report.problem!.message} (${report.checked} entries before it are intact)\n`);
  if (!report.ok) process.exitCode = exitCodes.failure;
}

export async function headCommand(o: { sign?: string; out?: string }) {
  const key = o.sign ? readText(o.sign, '--sign') : undefined;
  const head = await withContext((ctx) => currentHead(ctx.db));
  const written = `${JSON.stringify(key ? signOrRefuse(head, key) : head, null, 2)}\n`;
  if (o.out) {
    writeFileSync(o.out, written);
    process.stderr.write(`head ${head.seq} written to ${o.out}${key ? ' (signed)' : ''}\n`);
  } else process.stdout.write(written);
}

export async function keygenCommand(o: { out: string }) {
  const { privateKeyPem, publicKeyPem } = generateHeadKeys();
  // 'wx': never overwrite a key — a lost private key cannot sign again, a replaced one breaks every partner's check.
  try {
    writeFileSync(o.out, privateKeyPem, { flag: 'wx', mode: 0o600 });
    writeFileSync(`${o.out}.pub`, publicKeyPem, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw invalid([{ field: '--out', code: 'invalid', message: `${(err as NodeJS.ErrnoException).path} already exists: choose another name` }]);
    throw err;
  }
  process.stdout.write(`private key: ${o.out} (keep it secret)\npublic key: ${o.out}.pub (give it to partners)\n`);
}

export async function checkHeadCommand(file: string, o: { publicKey: string; json?: boolean }) {
  const head = parseHead(readText(file, '<file>'));
  const publicKey = readText(o.publicKey, '--public-key');
  let signed: boolean;
  try {
    signed = headSignatureValid(head, publicKey);
  } catch (err) {
    throw invalid([{ field: '--public-key', code: 'invalid', message: (err as Error).message }]);
  }
  const check = signed ? await withContext((ctx) => checkHeadAgainstChain(ctx.db, head)) : undefined;
  const ok = signed && check!.ok;
  const problem = !signed
    ? head.signature
      ? 'the signature does not match: the head file was changed, or signed with another key'
      : 'the head is not signed'
    : check!.problem;
  if (o.json) printJson({ ok, signatureValid: signed, head: { seq: head.seq, hash: head.hash }, problem });
  else if (ok) process.stdout.write(`the trail still contains head ${head.seq} (${head.hash}) unchanged, and verifies up to it\n`);
  else process.stderr.write(`head ${head.seq} does NOT check: ${problem}\n`);
  if (!ok) process.exitCode = exitCodes.failure;
}

function signOrRefuse(head: Parameters<typeof signHead>[0], key: string) {
  try {
    return signHead(head, key);
  } catch (err) {
    throw invalid([{ field: '--sign', code: 'invalid', message: `not an Ed25519 private key: ${(err as Error).message}` }]);
  }
}

function parseHead(text: string): SignedHead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw invalid([{ field: '<file>', code: 'invalid-json', message: `not valid JSON: ${(err as Error).message}` }]);
  }
  const result = SignedHead.safeParse(value);
  if (!result.success) throw invalid(result.error.issues.map((i) => ({ field: `<file>: ${i.path.join('.') || 'head'}`, code: 'invalid' as const, message: i.message })));
  return result.data;
}

function readText(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw invalid([{ field: option, code: 'not-found', message: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, params: { entity: 'file', id: path } }]);
  }
}
