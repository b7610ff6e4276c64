import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by the server processes of database `name` (its connections'
 * backends), read from /proc: with the server on this machine, a writer's whole cost on
 * PostgreSQL is its own process's CPU plus theirs, whatever else the shared machine runs.
 */
export function serverCpuSeconds(name: string): number {
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres: ') || !cmd.includes(` ${name} `)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}
