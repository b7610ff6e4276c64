import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DomainError, type FieldProblem } from '../../errors.js';
import { problemOfIssue } from '../../fieldProblems.js';
import { MappingSchema, type ValidMapping } from './schema.js';

/** The mappings Precursor ships: data/mappings/<name>.yaml. */
export const mappingDir = fileURLToPath(new URL('../../../data/mappings/', import.meta.url));

/**
 * Validates a mapping document (already parsed from YAML or JSON). An invalid one is refused
 * with every problem named by its path in the file: `fields.violatonType: unknown target field`.
 */
export function parseMapping(raw: unknown, file = 'the mapping'): ValidMapping {
  const result = MappingSchema.safeParse(raw);
  if (result.success) return result.data as ValidMapping;
  const fields: FieldProblem[] = result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(file)', ...problemOfIssue(issue as never, raw) }));
  throw new DomainError('invalid', `${file} is not a valid mapping:\n  ${fields.map((f) => `${f.field}: ${f.message}`).join('\n  ')}`, fields);
}

/**
 * Loads a mapping by name (a file shipped in data/mappings/) or by path (a user's file).
 *
 *   loadMapping('example-spreadsheet');  loadMapping('./my-mapping.yaml');
 */
export function loadMapping(nameOrPath: string): ValidMapping {
  const isName = /^[a-z0-9][a-z0-9-]*$/.test(nameOrPath);
  const file = isName ? `${mappingDir}${nameOrPath}.yaml` : nameOrPath;
  if (!existsSync(file)) {
    throw new DomainError('not-found', isName ? `no mapping named '${nameOrPath}' in data/mappings/ (${shippedMappings().join(', ') || 'none shipped'})` : `no mapping file ${nameOrPath}`);
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DomainError('invalid', `${file} is not valid YAML: ${(err as Error).message}`);
  }
  return parseMapping(raw, isName ? `data/mappings/${nameOrPath}.yaml` : file);
}

/** The names of the shipped mappings. */
export function shippedMappings(): string[] {
  try {
    return readdirSync(mappingDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}
