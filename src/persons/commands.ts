import { existsSync, renameSync, rmSync } from 'node:fs';
import { printJson, printTable } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseDocument, parseOptions, readJsonOption } from '../cli/zod.js';
import { invalid } from '../errors.js';
import { requireUuid } from '../ids.js';
import { keyFingerprint } from './crypto.js';
import { keyringFor } from './keys.js';
import { MasterKeyError, readKeyFile, writeNewKeyFile, type MasterKey } from './masterKey.js';
import { keyStatus, rotateDataKey, rotateMasterKey } from './rotation.js';
import { ConsentInput, PersonInput, WithdrawalInput, type Person } from './schema.js';
import { createPerson, findPersonsByName, getPerson, listPersons, recordConsent, withdrawConsent } from './service.js';

/** What the persons and keys commands do (their options are in ./cli.ts). */

/** Stored text is printed without control characters: a name cannot rewrite the terminal. */
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');


const rowOf = (p: Person) => ({
  id: p.id,
  pseudonym: p.pseudonym,
  name: p.identity ? clean(p.identity.name) : '(withheld)',
  role: p.role,
  consent: p.consent.status === 'given' ? p.consent.scope : p.consent.status,
  incident: p.incidentId,
});

export async function listPersonsCommand(o: { incident?: string; name?: string; json?: boolean }) {
  if (Boolean(o.incident) === Boolean(o.name)) throw invalid([{ field: '--incident', code: 'required', message: 'give either --incident or --name' }]);
  if (o.incident) requireUuid(o.incident, 'an incident', '--incident');
  await withContext(async (ctx) => {
    const items = o.incident ? await listPersons(ctx, o.incident) : await findPersonsByName(ctx, o.name!);
    if (o.json) return printJson({ items });
    printTable(items.map(rowOf), [
      { key: 'id', title: 'ID', max: 36 },
      { key: 'pseudonym', title: 'PSEUDONYM', max: 24 },
      { key: 'name', title: 'NAME', max: 40 },
      { key: 'role', title: 'ROLE' },
      { key: 'consent', title: 'CONSENT' },
      { key: 'incident', title: 'INCIDENT', max: 36 },
    ]);
  });
}

export async function showPersonCommand(id: string, o: { json?: boolean }) {
  requireUuid(id, 'a person');
  await withContext(async (ctx) => {
    const p = await getPerson(ctx, id);
    if (o.json) return printJson(p);
    const lines = [
      `${p.pseudonym} (${p.role}) — incident ${p.incidentId}`,
      ...(p.identity
        ? [
            `name:          ${clean(p.identity.name)}${p.identity.aliases.length ? ` (also ${p.identity.aliases.map(clean).join(', ')})` : ''}`,
            `date of birth: ${p.identity.dateOfBirth ?? ''}`,
            `contacts:      ${p.identity.contacts.map(clean).join('; ')}`,
            `address:       ${clean(p.identity.address)}`,
            `photos:        ${p.identity.photos.join(', ')}`,
            `notes:         ${clean(p.identity.notes)}`,
          ]
        : ['identity:      withheld']),
      `sex, age:      ${p.sex ?? ''}${p.age !== null ? `, ${p.age}` : ''}`,
      `acts:          ${p.actIds.join(', ')}`,
      `consent:       ${p.consent.status}${p.consent.scope ? ` — ${p.consent.scope} on ${p.consent.givenOn}, recorded by ${p.consent.recordedBy}` : ''}${p.consent.withdrawnOn ? `; withdrawn on ${p.consent.withdrawnOn} (recorded by ${p.consent.withdrawnBy})` : ''}`,
      `version:       ${p.version}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

export async function addPersonCommand(o: Record<string, unknown>) {
  const input = o.fromJson
    ? parseDocument(PersonInput, readJsonOption(String(o.fromJson)), '--from-json')
    : parseOptions(
        PersonInput,
        {
          incidentId: o.incident,
          role: o.role,
          name: o.name,
          aliases: o.alias,
          sex: o.sex,
          age: o.age,
          dateOfBirth: o.dateOfBirth,
          contacts: o.contact,
          address: o.address,
          notes: o.notes,
          actIds: o.act,
          sourceIds: o.source,
          photos: o.photo,
        },
        { incidentId: '--incident', aliases: '--alias', contacts: '--contact', actIds: '--act', sourceIds: '--source', photos: '--photo', dateOfBirth: '--date-of-birth' },
      );
  await withContext(async (ctx) => {
    const person = await createPerson(ctx, input);
    if (o.json) printJson(person);
    else process.stdout.write(`recorded ${person.id} (${person.pseudonym})\n`);
  });
}

export async function consentCommand(id: string, o: { scope?: string; withdraw?: boolean; date?: string; json?: boolean }) {
  requireUuid(id, 'a person');
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  await withContext(async (ctx) => {
    const { version } = await getPerson(ctx, id);
    const person = o.withdraw
      ? await withdrawConsent(ctx, id, version, parseOptions(WithdrawalInput, { version, date }).date)
      : await recordConsent(ctx, id, version, parseOptions(ConsentInput, { version, scope: o.scope, date }));
    if (o.json) printJson(person);
    else process.stdout.write(`${person.pseudonym}: consent ${person.consent.status}${person.consent.status === 'given' ? ` (${person.consent.scope})` : ''}\n`);
  });
}

export async function keysStatusCommand(o: { verify?: boolean; json?: boolean }) {
  await withContext(async (ctx) => {
    const status = await keyStatus(ctx, { verify: o.verify });
    if (o.json) return printJson(status);
    const out: string[] = [];
    if (!status.dataKey) out.push('no data key yet: it is made when the first person is recorded');
    else {
      out.push(`data key:   ${status.dataKey.id} (made ${status.dataKey.createdAt}${status.dataKey.rewrappedAt ? `, re-wrapped ${status.dataKey.rewrappedAt}` : ''})`);
      out.push(`master key: from ${status.master!.source}${status.master!.path ? ` (${status.master!.path})` : ''}, fingerprint ${status.master!.fingerprint} — ${status.master!.opensDataKey ? 'opens the data key' : `does NOT open the data key (wrapped under ${status.dataKey.masterFingerprint})`}`);
    }
    out.push(`persons:    ${status.persons}`);
    if (status.verified) out.push(status.verified.failure ? `verify:     FAILED after ${status.verified.persons} persons: ${status.verified.failure}` : `verify:     every field of ${status.verified.persons} persons opens`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (status.verified?.failure || (status.master && !status.master.opensDataKey)) process.exitCode = 1;
  });
}

export async function keysRotateCommand(o: { dataKey?: boolean; newKeyFile?: string; json?: boolean }) {
  await withContext(async (ctx) => {
    if (o.dataKey) {
      if (o.newKeyFile) throw invalid([{ field: '--new-key-file', code: 'invalid', message: 'rotate the data key and the master key in two runs' }]);
      const result = await rotateDataKey(ctx);
      if (o.json) return printJson(result);
      return void process.stdout.write(`new data key ${result.to}: ${result.persons} persons re-encrypted; the old key ${result.from} is deleted\n`);
    }
    const current = keyringFor(ctx.db).masterKey();
    if (o.newKeyFile) {
      const next: MasterKey = { key: readKeyFile(o.newKeyFile, '--new-key-file'), source: 'PRECURSOR_MASTER_KEY_FILE', path: o.newKeyFile };
      const result = await rotateMasterKey(ctx, next);
      if (o.json) return printJson(result);
      return void process.stdout.write(
        `the data key is now wrapped under the key in ${o.newKeyFile} (fingerprint ${result.to}): point PRECURSOR_MASTER_KEY_FILE (or PRECURSOR_MASTER_KEY) at it before the next start\n`,
      );
    }
    if (!current.path) {
      throw new MasterKeyError(
        'the master key comes from PRECURSOR_MASTER_KEY: make a new one with `precursor keys generate FILE`, run `precursor keys rotate --new-key-file FILE`, then set PRECURSOR_MASTER_KEY to its content',
      );
    }
    // The new key is written beside the old one first and moved over it only once the database
    // holds the data key wrapped under it: a crash in between leaves both keys on disk.
    const pending = `${current.path}.new`;
    if (existsSync(pending)) throw new MasterKeyError(`${pending} exists: an earlier rotation was interrupted; see which key opens the data key with \`precursor keys status\``);
    const next: MasterKey = { ...current, key: writeNewKeyFile(pending), generated: false };
    let result: Awaited<ReturnType<typeof rotateMasterKey>>;
    try {
      result = await rotateMasterKey(ctx, next);
    } catch (err) {
      rmSync(pending, { force: true }); // nothing was committed: the old key stays the key
      throw err;
    }
    renameSync(pending, current.path);
    if (o.json) return printJson({ ...result, path: current.path });
    process.stdout.write(`a new master key (fingerprint ${keyFingerprint(next.key)}) replaces the one in ${current.path}; copies of the old key no longer open this database\n`);
  });
}

export async function keysGenerateCommand(file: string) {
  if (existsSync(file)) throw invalid([{ field: 'file', code: 'duplicate', message: `${file} exists; choose a new file` }]);
  const key = writeNewKeyFile(file);
  process.stdout.write(`wrote a new master key to ${file} (mode 0600, fingerprint ${keyFingerprint(key)})\n`);
}
