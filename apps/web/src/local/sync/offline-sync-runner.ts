import { liveSyncBoard } from '../live-sync-board';
import { LOCAL_COPIES_DELETING, unsavedWorksheetIds } from '../local-copies';
import { type BackgroundSyncOutcome, syncPendingWorksheet } from './background-sync';
import { type PrefetchOutcome, prefetchWorksheet } from './prefetch-worksheet';
import { runWithLimit } from './run-with-limit';

export interface OfflineWorksheet {
  id: string;
  title: string;
  readOnly: boolean;
}

export interface OfflineSyncPlan {
  /** Every worksheet the person may open now (the API's list). */
  worksheets: OfflineWorksheet[];
  /** Which of them to download: all for a client; a therapist's copies already on the device. */
  prefetch: (worksheet: OfflineWorksheet) => boolean;
}

export interface OfflineSyncReport {
  prefetch: Record<PrefetchOutcome, number>;
  background: Record<BackgroundSyncOutcome, number>;
  ms: number;
}

/** Fired on window when a run ends (detail: OfflineSyncReport): the bench and browser tests time it. */
export const OFFLINE_SYNC_DONE = 'interlude-offline-sync-done';

/** Downloads in parallel: measured with 40 worksheets (docs/offline-data.md). */
const PREFETCH_CONCURRENCY = 4;
/** Each background sync holds a socket until the relay's echo: a few at a time. */
const BACKGROUND_CONCURRENCY = 2;

/**
 * Keeps one person's worksheets on this device while the app is online: downloads every worksheet in
 * the plan into its local copy (merging, never replacing), then sends each copy's pending changes
 * through the relay until its durable echo. One run at a time; a request during a run runs again after
 * it. Worksheets open on the page in this tab are left to the page. Stops at sign-out.
 */
export class OfflineSyncRunner {
  private running: Promise<void> | null = null;
  /** What the last finished run covered: the same list asked again (a remount) is not run again. */
  private lastDone: string | null = null;
  private queued: OfflineSyncPlan | null = null;
  private stopRequested = false;
  private readonly stopSignal: Promise<void>;
  private signalStop!: () => void;

  constructor(private readonly userId: string) {
    this.stopSignal = new Promise((resolve) => {
      this.signalStop = resolve;
    });
    window.addEventListener(LOCAL_COPIES_DELETING, this.onDeleting);
  }

  get stopped(): boolean {
    return this.stopRequested;
  }

  /**
   * Runs the plan now, or after the current run. `again`: run even if the same worksheets were just
   * done (coming back online, when the therapist may have changed them).
   */
  request(plan: OfflineSyncPlan, again = false): void {
    if (this.stopRequested) return;
    if (!again && !this.running && this.lastDone === this.signatureOf(plan)) return;
    if (this.running) {
      this.queued = plan;
      return;
    }
    this.running = this.run(plan).finally(() => {
      this.running = null;
      const next = this.queued;
      this.queued = null;
      if (next) this.request(next);
    });
  }

  stop(): void {
    if (this.stopRequested) return;
    this.stopRequested = true;
    this.signalStop();
    window.removeEventListener(LOCAL_COPIES_DELETING, this.onDeleting);
  }

  private signatureOf(plan: OfflineSyncPlan): string {
    const listed = plan.worksheets.map((worksheet) => `${worksheet.id}:${worksheet.readOnly}`).join(',');
    return `${listed}|${unsavedWorksheetIds(this.userId).sort().join(',')}`;
  }

  private readonly onDeleting = (event: Event) => {
    if ((event as CustomEvent<string>).detail === this.userId) this.stop();
  };

  private async run(plan: OfflineSyncPlan): Promise<void> {
    const started = performance.now();
    const signature = this.signatureOf(plan);
    const report: OfflineSyncReport = {
      prefetch: { merged: 0, unchanged: 0, gone: 0, 'signed-out': 0, unreachable: 0, stopped: 0 },
      background: { saved: 0, closed: 0, stopped: 0 },
      ms: 0,
    };
    const stillWanted = () => !this.stopRequested;
    const notOpenHere = (worksheet: OfflineWorksheet) => !liveSyncBoard.isActive(this.userId, worksheet.id);

    let signedOut = false;
    await runWithLimit(
      plan.worksheets.filter(plan.prefetch).filter(notOpenHere),
      PREFETCH_CONCURRENCY,
      async (worksheet) => {
        // After a 401 or a lost network the rest would fail alike: stop asking.
        const outcome: PrefetchOutcome =
          signedOut || !stillWanted()
            ? 'stopped'
            : await prefetchWorksheet(this.userId, worksheet, stillWanted);
        if (outcome === 'signed-out' || outcome === 'unreachable') signedOut = true;
        report.prefetch[outcome]++;
      },
    );

    if (!signedOut && stillWanted()) {
      const pending = new Set(unsavedWorksheetIds(this.userId));
      const toSend = plan.worksheets.filter(
        (worksheet) => pending.has(worksheet.id) && !worksheet.readOnly && notOpenHere(worksheet),
      );
      await runWithLimit(toSend, BACKGROUND_CONCURRENCY, async (worksheet) => {
        const outcome = stillWanted()
          ? await syncPendingWorksheet(this.userId, worksheet, this.stopSignal)
          : 'stopped';
        report.background[outcome]++;
      });
    }
    report.ms = performance.now() - started;
    if (!signedOut) this.lastDone = signature;
    window.dispatchEvent(new CustomEvent(OFFLINE_SYNC_DONE, { detail: report }));
  }
}

const runners = new Map<string, OfflineSyncRunner>();

/** The tab's runner for this person (a new one after the previous was stopped at sign-out). */
export function offlineSyncRunnerFor(userId: string): OfflineSyncRunner {
  const existing = runners.get(userId);
  if (existing && !existing.stopped) return existing;
  const runner = new OfflineSyncRunner(userId);
  runners.set(userId, runner);
  return runner;
}
