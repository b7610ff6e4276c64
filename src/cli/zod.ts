import type { z } from 'zod';
import { invalid } from '../errors.js';

/**
 * Validates CLI input with the same schema as the API, and names the option the person
 * typed (`--date`) rather than the API field (`startDate`) when something is wrong.
 */
export function parseOptions<T extends z.ZodType>(schema: T, value: unknown, optionOf: Record<string, string> = {}): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalid(
    result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      // `acts.3.victims.killed` is looked up as `acts.*.victims.killed`, then as `acts`.
      const pattern = issue.path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');
      const top = String(issue.path[0] ?? '');
      return { field: optionOf[pattern] ?? optionOf[top] ?? (path ? `--${kebab(path)}` : 'input'), message: issue.message };
    }),
  );
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
