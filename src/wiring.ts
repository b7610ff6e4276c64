import { moduleEvents, type EventBus } from './events.js';
import { refreshPlaceCopies } from './incidents/service.js';
import { noteImportFinished, noteIncidentsChanged } from './warning/schedule.js';

/**
 * Who listens to what, in one place: every listener of a module event (src/events.ts) is added
 * here and nowhere else, so reading this function tells what follows from a change.
 *
 * Called at start-up by whatever opens the database for work — openRuntime (server, CLI, demo
 * load), buildApp, and the tests' openTestDatabase — and safe to call again: a bus is wired once.
 */
export function wireModules(bus: EventBus = moduleEvents): EventBus {
  if (wired.has(bus)) return bus;
  wired.add(bus);

  // A place's country or admin1 changed: incidents at that place follow, with the rollup.
  bus.on('place.changed', refreshPlaceCopies);

  // Incidents written or imported: the early-warning scan re-runs for their countries once the
  // writes pause (debounced; only where the runtime watches the database: src/warning/schedule.ts).
  bus.on('incident.changed', noteIncidentsChanged);
  bus.on('import.finished', noteImportFinished);

  return bus;
}

const wired = new WeakSet<EventBus>();
