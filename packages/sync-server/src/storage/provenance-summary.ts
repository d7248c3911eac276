import type { DocumentWrite, ProvenanceSummary, UpdateProvenance } from './document-store.js';

/** Adds `count` updates from one sender to a summary list, in place (used by the in-memory store). */
export function addToProvenanceSummary(
  summaries: ProvenanceSummary[],
  provenance: UpdateProvenance,
  count: number,
): void {
  const existing = summaries.find(
    (summary) => summary.userId === provenance.userId && summary.role === provenance.role,
  );
  if (!existing) {
    summaries.push({
      userId: provenance.userId,
      role: provenance.role,
      firstReceivedAt: provenance.receivedAt,
      lastReceivedAt: provenance.receivedAt,
      updateCount: count,
    });
    return;
  }
  existing.firstReceivedAt = Math.min(existing.firstReceivedAt, provenance.receivedAt);
  existing.lastReceivedAt = Math.max(existing.lastReceivedAt, provenance.receivedAt);
  existing.updateCount += count;
}

/** Per document, what a batch of writes adds to each sender's summary (stores fold it in with one write each). */
export function summarizeBatch(writes: readonly DocumentWrite[]): Map<string, ProvenanceSummary[]> {
  const byDocument = new Map<string, ProvenanceSummary[]>();
  for (const { documentId, provenance } of writes) {
    let summaries = byDocument.get(documentId);
    if (!summaries) {
      summaries = [];
      byDocument.set(documentId, summaries);
    }
    addToProvenanceSummary(summaries, provenance, 1);
  }
  return byDocument;
}
