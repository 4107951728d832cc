/** Time as the app sees it: injected so tests and the playground can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at a given time and only moves when told (tests, the playground). */
export class ManualClock implements Clock {
  #offsetMs = 0;

  constructor(
    private readonly base: Clock = systemClock,
    start?: Date,
  ) {
    if (start) this.#offsetMs = start.getTime() - base.now().getTime();
  }

  /** A clock that stands still at `at` until advanced or set (tests that compare exact times). */
  static frozenAt(at: Date): ManualClock {
    const base = at.getTime();
    return new ManualClock({ now: () => new Date(base) });
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.#offsetMs);
  }

  advance(ms: number): Date {
    this.#offsetMs += ms;
    return this.now();
  }

  set(to: Date): Date {
    this.#offsetMs = to.getTime() - this.base.now().getTime();
    return this.now();
  }
}
