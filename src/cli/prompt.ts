import { createInterface } from 'node:readline/promises';

/**
 * Questions the CLI asks a person (login name, password, one-time code). On a terminal a
 * secret is typed without echo; from a pipe each answer is the next line of standard input,
 * so scripts and tests can answer (`printf 'name\npassword\n' | precursor login URL`).
 */

let piped: string[] | undefined;
async function nextPipedLine(): Promise<string> {
  if (!piped) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    piped = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  }
  return piped.shift() ?? '';
}

export async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) return nextPipedLine();
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

export async function askSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) return nextPipedLine();
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (data: Buffer) => {
      for (const c of data.toString('utf8')) {
        if (c === '\r' || c === '\n') return finish();
        if (c === '\u0003') return finish(new Error('cancelled'));
        if (c === '\u007f' || c === '\b') value = value.slice(0, -1);
        else value += c;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
