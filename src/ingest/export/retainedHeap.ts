import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The heap still in use after a full garbage collection: what a stream really holds, as
 * opposed to garbage not yet collected. For the streaming test and bench/export.ts, which
 * must show that an export's memory stays flat however many incidents it writes.
 */
export function retainedHeap(): () => number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
}
