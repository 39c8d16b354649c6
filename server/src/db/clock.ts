import type { Configuration, EntityManager, MikroORM } from '@mikro-orm/core';

/** A source of the current time. The application has exactly one; tests pass a movable one. */
export type Clock = () => Date;

/** The machine's clock. The only place outside logging and the Moyasar simulator that reads it. */
export const systemClock: Clock = () => new Date();

/** The clock of a process started with APP_CLOCK_START: it shows `start` now and runs at the machine's pace. */
export function clockStartingAt(start: Date, machine: Clock = systemClock): Clock {
  const offset = start.getTime() - machine().getTime();
  return () => new Date(machine().getTime() + offset);
}

/** The application's clock as configured: the machine's, or one started at APP_CLOCK_START. */
export function configuredClock(config: { APP_CLOCK_START?: string }): Clock {
  return config.APP_CLOCK_START ? clockStartingAt(new Date(config.APP_CLOCK_START)) : systemClock;
}

// One clock per ORM, keyed by its configuration (shared by every fork), so that timestamps the ORM writes
// (`created_at`, `updated_at`) come from the same clock as the rules that compare them, which read `app.now()`.
const clocks = new WeakMap<Configuration, Clock>();

export function bindClock(orm: MikroORM, clock: Clock): void {
  clocks.set(orm.config, clock);
}

/** The clock an ORM was created with; `app.now` is this same function. */
export function ormClock(orm: MikroORM): Clock {
  return clockOf(orm.config);
}

/** The current time on the application clock, for the ORM's own timestamp hooks (see BaseEntity). */
export function emNow(em: EntityManager): Date {
  return clockOf(em.config)();
}

function clockOf(config: Configuration): Clock {
  const clock = clocks.get(config);
  // An ORM without a clock would silently fall back to the machine's time: refuse instead.
  if (!clock) throw new Error('This ORM has no clock: create it with createOrm()');
  return clock;
}
