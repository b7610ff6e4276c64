import type { RequestContext } from './context.js';
import type { Sql } from './db/database.js';
import type { RegistryRecordOf } from './registry/schema.js';

/**
 * What modules announce when something changed. A module says what happened; it does not know
 * who cares. Who listens to what is decided at start-up in one place, src/wiring.ts — never by
 * importing a file.
 *
 * An event named `*.changed` is announced inside the writer's transaction and carries it (`tx`):
 * its listeners write in that transaction, so a change and what follows from it land together or
 * not at all, and a listener that fails rolls the change back.
 */
export interface ModuleEvents {
  /** A place was edited (src/registry); incidents keep copies of its country and admin1. */
  'place.changed': { tx: Sql; ctx: RequestContext; place: RegistryRecordOf['places'] };
  /**
   * Incidents were recorded, edited, deleted or restored (src/incidents), for re-scans such as the
   * warning engine's. Announced in the write's transaction by src/incidents/service.ts; nothing
   * listens until the warning engine does.
   */
  'incident.changed': { tx: Sql; ctx: RequestContext; ids: readonly string[]; change: 'create' | 'update' | 'delete' | 'restore' };
  /** An import batch ended (announced after its last transaction, by src/ingest): the incidents it recorded or changed. */
  'import.finished': { ctx: RequestContext; batchId: string; incidentIds: readonly string[] };
}

export type ModuleEventName = keyof ModuleEvents;
export type ModuleEventListener<E extends ModuleEventName> = (event: ModuleEvents[E]) => Promise<void> | void;

/** A typed event bus: listeners run one after another, in the order they were added, and are awaited. */
export class EventBus {
  private readonly listeners = new Map<ModuleEventName, ModuleEventListener<never>[]>();

  /** Adds a listener; returns its removal. */
  on<E extends ModuleEventName>(name: E, listener: ModuleEventListener<E>): () => void {
    const list = this.listeners.get(name) ?? [];
    list.push(listener as ModuleEventListener<never>);
    this.listeners.set(name, list);
    return () => {
      const at = list.indexOf(listener as ModuleEventListener<never>);
      if (at >= 0) list.splice(at, 1);
    };
  }

  /** Tells every listener of `name`; the first that throws stops the rest and the error reaches the announcer. */
  async announce<E extends ModuleEventName>(name: E, event: ModuleEvents[E]): Promise<void> {
    for (const listener of [...(this.listeners.get(name) ?? [])]) await (listener as ModuleEventListener<E>)(event);
  }

  /** How many listen to `name` (or to anything): for tests, and for start-up to say who listens. */
  listenerCount(name?: ModuleEventName): number {
    if (name) return this.listeners.get(name)?.length ?? 0;
    return [...this.listeners.values()].reduce((n, list) => n + list.length, 0);
  }
}

/** The process's bus: modules announce on it; only src/wiring.ts adds listeners to it. */
export const moduleEvents = new EventBus();
