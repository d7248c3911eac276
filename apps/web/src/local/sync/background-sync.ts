import { type ReplicaSnapshot, WorksheetReplica } from './worksheet-replica';

/** - `saved`: the relay echoed everything; `closed`: a final close (signed out, access ended); `stopped`. */
export type BackgroundSyncOutcome = 'saved' | 'closed' | 'stopped';

/**
 * Sends one worksheet's pending changes through the relay without opening it on the page, by the same
 * rule as the page: done only when the relay's durable echo covers every change (WorksheetReplica).
 * A stalled server keeps it waiting ("Sending…") until `stop` is called.
 */
export function syncPendingWorksheet(
  userId: string,
  worksheet: { id: string; title: string },
  stopped: Promise<void>,
): Promise<BackgroundSyncOutcome> {
  return new Promise((resolve) => {
    let finished = false;
    let replica: WorksheetReplica | null = null;
    const finish = (outcome: BackgroundSyncOutcome) => {
      if (finished) return;
      finished = true;
      // Destroyed after this turn: the replica is still publishing when it reports the outcome.
      queueMicrotask(() => replica?.destroy());
      resolve(outcome);
    };
    let loaded = false;
    const onChange = (snapshot: ReplicaSnapshot) => {
      if (snapshot.closed) finish('closed');
      else if (loaded && snapshot.link === 'online' && !snapshot.pending) finish('saved');
    };
    replica = new WorksheetReplica({ userId, worksheetId: worksheet.id, title: worksheet.title, onChange });
    // Not a participant: no cursor, no name in anyone's presence list.
    replica.provider.awareness.setLocalState(null);
    void replica.loaded.then(() => {
      loaded = true;
      if (replica) onChange(replica.snapshot());
    });
    void stopped.then(() => finish('stopped'));
  });
}
