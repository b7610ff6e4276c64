import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { ImportBatch, ImportFile, ImportProgress, ImportWriter, Mapping } from '../types.js';
import type { ImportEngine } from './engine.js';
import type { ImportFiles } from './files.js';
import { updateJob } from './store.js';

/** What a job runs: the file and the options resolved when it was started. */
export interface JobWork {
  jobId: string;
  file: ImportFile;
  options: { format?: Mapping['format']; mapping?: string | Mapping; sheet?: string; dryRun: boolean };
}

/** Progress kept in memory while a job runs (the database gets a copy every few seconds). */
interface Live {
  progress: ImportProgress;
  startedAt: number;
}

/** How often a running job's progress is copied to its row, so a job cut off shows how far it got. */
const persistEveryMs = 2000;

/**
 * Runs import jobs in the server process, one at a time, in the order they were started: an
 * import is bulk writing, and two at once would only slow each other (on the embedded database
 * they would queue on its single connection anyway). A job belongs to no request: the client
 * may go away, the job goes on, and its progress and report are read by polling.
 *
 * When the app closes, the running job stops at its next batch and is marked `interrupted`; a
 * server killed outright leaves it `running`, and the next start marks it so
 * (`interruptUnfinishedJobs`). Either way it can be resumed: the writer resumes its batch.
 */
export class ImportJobRunner {
  private chain: Promise<void> = Promise.resolve();
  private readonly live = new Map<string, Live>();
  private closing = false;

  constructor(
    private readonly engine: ImportEngine,
    private readonly files: ImportFiles,
    private readonly onFailure: (jobId: string, err: unknown) => void = () => {},
  ) {}

  /** Queues the job; it starts when the jobs before it are done. */
  enqueue(ctx: RequestContext, work: JobWork): void {
    this.chain = this.chain.then(() => this.run(ctx, work));
  }

  /** The job's progress and when it started, while it runs in this process. */
  liveProgress(jobId: string): Live | undefined {
    return this.live.get(jobId);
  }

  /** Resolves when every job queued so far has ended. */
  idle(): Promise<void> {
    return this.chain;
  }

  /** Stops the running job at its next batch (marked interrupted) and drops those queued behind it. */
  async close(): Promise<void> {
    this.closing = true;
    await this.chain;
  }

  private async run(ctx: RequestContext, work: JobWork): Promise<void> {
    const { jobId } = work;
    if (this.closing) {
      await updateJob(ctx.db, jobId, { status: 'interrupted', error: 'the server stopped before the import started' }).catch(() => {});
      return;
    }
    const live: Live = { progress: { rowsRead: 0, rowsWritten: 0, rejected: 0, bytesRead: 0, bytesTotal: work.file.size, rowsPerSecond: 0 }, startedAt: Date.now() };
    this.live.set(jobId, live);
    let persisted = Date.now();
    let saving: Promise<void> = Promise.resolve();
    try {
      await updateJob(ctx.db, jobId, { status: 'running', progress: live.progress, error: null, report: null });
      const errorDir = this.files.jobDir(jobId);
      await mkdir(errorDir, { recursive: true });
      const report = await this.engine.runImport(ctx, work.file, {
        ...work.options,
        writer: this.watchedWriter(ctx, jobId),
        errorFilePath: join(errorDir, 'errors'),
        onProgress: (progress) => {
          live.progress = progress;
          if (Date.now() - persisted < persistEveryMs) return;
          persisted = Date.now();
          saving = saving.then(() => updateJob(ctx.db, jobId, { progress }).catch(() => {}));
        },
      });
      await saving;
      await updateJob(ctx.db, jobId, { status: 'finished', progress: live.progress, report, batchId: report.batch });
    } catch (err) {
      await saving;
      const interrupted = err instanceof JobInterrupted;
      if (!interrupted) this.onFailure(jobId, err);
      const message = interrupted ? err.message : err instanceof DomainError ? err.message : 'the import failed on an unexpected error; it has been logged';
      await updateJob(ctx.db, jobId, { status: interrupted ? 'interrupted' : 'failed', progress: live.progress, error: message }).catch(() => {});
    } finally {
      this.live.delete(jobId);
    }
  }

  /** The engine's writer, noting the batch on the job as soon as it is known and stopping when the app closes. */
  private watchedWriter(ctx: RequestContext, jobId: string): ImportWriter {
    const writer = this.engine.writer;
    const stopIfClosing = () => {
      if (this.closing) throw new JobInterrupted();
    };
    return {
      ...writer,
      beginBatch: async (c, info) => {
        stopIfClosing();
        const batch: ImportBatch = await writer.beginBatch(c, info);
        await updateJob(ctx.db, jobId, { batchId: batch.id });
        return batch;
      },
      writeIncidents: async (c, batch, incidents) => {
        stopIfClosing();
        return writer.writeIncidents(c, batch, incidents);
      },
      planIncidents: async (c, system, incidents) => {
        stopIfClosing();
        return writer.planIncidents(c, system, incidents);
      },
    };
  }
}

class JobInterrupted extends Error {
  constructor() {
    super('the server stopped during the import: resume it to finish (nothing is written twice)');
  }
}
