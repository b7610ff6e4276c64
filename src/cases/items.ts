import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { readablePersonIds } from '../persons/service.js';
import type { CaseDetailOut, OutcomeInput, ProcedureInput, RemedyInput, RequestedMeasureInput, TaskInput, VictimInput } from './schema.js';
import { writeCase } from './service.js';
import * as store from './store.js';

/**
 * A case's children (victims, domestic remedies, other procedures, tasks, outcomes, requested measures): added,
 * replaced and removed one at a time, each write audited with the whole case (service.ts
 * writeCase). An outcome's measures keep their ids across a replacement, so the reparations work
 * that follows a measure keeps following it.
 */

export interface ItemInputs {
  victims: VictimInput;
  remedies: RemedyInput;
  procedures: ProcedureInput;
  tasks: TaskInput;
  outcomes: OutcomeInput;
  requestedMeasures: RequestedMeasureInput;
}

/** The singular, for audit actions and messages: `case.add-remedy`. */
export const itemNames: Record<store.ItemKind, string> = {
  victims: 'victim',
  remedies: 'remedy',
  procedures: 'procedure',
  tasks: 'task',
  outcomes: 'outcome',
  requestedMeasures: 'requested-measure',
};

async function toValues<K extends store.ItemKind>(ctx: RequestContext, kind: K, input: ItemInputs[K], before?: store.ItemRows[K]): Promise<Omit<store.ItemRows[K], 'id' | 'caseId'>> {
  if (kind === 'victims') {
    const v = input as VictimInput;
    // A person named must be one the writer may read: no linking to reach a record one may not see.
    // Asked without opening the person's identity: the write's transaction (a joined database) has no
    // keyring of its own, and opening it there failed every link a writer made (read as not found).
    if (v.personId && !(await readablePersonIds(ctx, [v.personId])).has(v.personId)) {
      throw invalid([{ field: 'personId', code: 'not-found', message: `person ${v.personId} does not exist`, params: { entity: 'person', id: v.personId } }]);
    }
  }
  if (kind === 'outcomes') {
    const o = input as OutcomeInput;
    const known = new Set(((before as store.OutcomeRow | undefined)?.measures ?? []).map((m) => m.id));
    o.measures.forEach((m, i) => {
      if (m.id && !known.has(m.id)) throw invalid([{ field: `measures.${i}.id`, code: 'not-found', message: `measure ${m.id} is not one of this outcome's`, params: { entity: 'measure', id: m.id } }]);
    });
    return { ...o, measures: o.measures.map((m) => ({ id: m.id ?? randomUUID(), text: m.text, status: m.status })) } as never;
  }
  return input as never;
}

export function addCaseItem<K extends store.ItemKind>(ctx: RequestContext, caseId: string, kind: K, input: ItemInputs[K]): Promise<CaseDetailOut> {
  return writeCase(ctx, caseId, `case.add-${itemNames[kind]}`, async (tx, _before, txCtx) => {
    await store.insertItem(tx, kind, caseId, randomUUID(), await toValues(txCtx, kind, input));
  });
}

export function replaceCaseItem<K extends store.ItemKind>(ctx: RequestContext, caseId: string, kind: K, itemId: string, input: ItemInputs[K]): Promise<CaseDetailOut> {
  return writeCase(ctx, caseId, `case.update-${itemNames[kind]}`, async (tx, before, txCtx) => {
    const current = (before[kind] as { id: string }[]).find((i) => i.id === itemId) as store.ItemRows[K] | undefined;
    if (!current) throw notFound(`${itemNames[kind]} of the case`, itemId);
    await store.updateItem(tx, kind, caseId, itemId, await toValues(txCtx, kind, input, current));
  });
}

export function removeCaseItem(ctx: RequestContext, caseId: string, kind: store.ItemKind, itemId: string): Promise<CaseDetailOut> {
  return writeCase(ctx, caseId, `case.remove-${itemNames[kind]}`, async (tx) => {
    if (!(await store.deleteItem(tx, kind, caseId, itemId))) throw notFound(`${itemNames[kind]} of the case`, itemId);
  });
}
