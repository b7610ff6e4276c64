import { z } from 'zod';
import { requirePermission } from '../access/permissions.js';
import type { Database } from '../db/database.js';
import type { EvidenceFiles } from '../evidence/files.js';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { backupStream } from './write.js';

/**
 * `POST /api/backup`: the backup of a running server, streamed as it is written. The CLI
 * cannot open the embedded database while the server holds it, so this is how a running
 * embedded instance is backed up (on a PostgreSQL server `precursor backup` works as well).
 * A failure half-way cuts the response short; the archive then lacks its manifest, and a
 * restore refuses it.
 */
export const backupRoutes = (deps: { db: Database; files: EvidenceFiles }) => async (app: App) => {
  app.post(
    '/api/backup',
    {
      config: { access: 'backup.run' },
      schema: {
        operationId: 'createBackup',
        tags: ['system'],
        summary: 'A consistent backup of the database and the evidence files (tar.gz, or age-encrypted with a passphrase)',
        body: z
          .object({
            passphrase: z.string().min(12, 'at least 12 characters').max(1000).optional().meta({ description: 'Encrypt the backup with this passphrase (age, scrypt)' }),
          })
          // No body at all (curl -X POST) is a backup without a passphrase.
          .nullish(),
        response: { 200: z.any().meta({ description: 'The archive, streamed' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx.actor.scope, 'backup.run');
      const passphrase = request.body?.passphrase;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      reply
        .header('content-type', passphrase ? 'application/octet-stream' : 'application/gzip')
        .header('content-disposition', `attachment; filename="precursor-${stamp}.tar.gz${passphrase ? '.age' : ''}"`)
        .header('cache-control', 'no-store');
      return reply.send(
        backupStream(deps, { secret: passphrase ? { passphrase } : undefined }, (err) => request.log.error({ requestId: request.id, err: (err as Error).message }, 'backup failed')),
      );
    },
  );
};
