import { z } from 'zod';
import type { App, AppDeps } from './app.js';

export const healthRoutes = (deps: AppDeps) => async (app: App) => {
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Is the service up, and can it reach its database?',
        response: { 200: z.object({ status: z.literal('ok'), version: z.string(), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      await deps.db.query('select 1');
      return { status: 'ok' as const, version: deps.version, database: deps.db.engine };
    },
  );
};
