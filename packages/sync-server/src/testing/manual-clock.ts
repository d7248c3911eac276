import type { Clock, TimerHandle } from '../clock.js';

interface ScheduledTimer {
  id: number;
  dueAt: number;
  callback: () => void;
  repeatEveryMs: number | null;
}

/** A Clock for tests: time stands still until `advance` moves it, firing due timers in order. */
export class ManualClock implements Clock {
  private current: number;
  private nextId = 1;
  private timers = new Map<number, ScheduledTimer>();

  constructor(startAt = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.current = startAt;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    return this.schedule(callback, ms, null);
  }

  setInterval(callback: () => void, ms: number): TimerHandle {
    return this.schedule(callback, ms, ms);
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle as unknown as number);
  }

  clearInterval(handle: TimerHandle): void {
    this.timers.delete(handle as unknown as number);
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = [...this.timers.values()]
        .filter((timer) => timer.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
      if (!due) break;
      this.current = due.dueAt;
      if (due.repeatEveryMs === null) this.timers.delete(due.id);
      else due.dueAt += Math.max(1, due.repeatEveryMs);
      due.callback();
    }
    this.current = target;
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  private schedule(callback: () => void, ms: number, repeatEveryMs: number | null): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { id, dueAt: this.current + Math.max(0, ms), callback, repeatEveryMs });
    return id as unknown as TimerHandle;
  }
}
