import { measureCatalogue } from '@interlude/schema';
import { type ApiWorksheetRecord, worksheetStatusLabel } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { WorksheetDocuments } from '../api/api-dependencies.js';
import type { ClientRecord } from '../people/people-types.js';
import type { DerivedResponse } from '../progress/derived-worksheet.js';
import { worksheetStatus } from '../worksheets/worksheet-status.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';
import { untitledName } from './block-name.js';
import { loadWorksheetContent } from './load-worksheet-content.js';
import { recordThreads } from './record-threads.js';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** A goal's progress is a percentage; everything else reads as derived. */
function answerText(response: DerivedResponse): string | null {
  if (response.kind === 'goal' && response.number !== null) return `${response.number}%`;
  return response.display;
}

const answerOf = (response: DerivedResponse) => ({
  nodeId: response.nodeId,
  kind: response.kind,
  label: response.label.trim() || untitledName(response.kind),
  answer: answerText(response),
  parentNodeId: response.parentNodeId,
});

/** One worksheet with its answers and comment threads as a person reads them: the print view and the export. */
export async function worksheetRecord(
  accounts: Accounts,
  documents: WorksheetDocuments,
  worksheet: WorksheetRecord,
  client: ClientRecord,
): Promise<ApiWorksheetRecord> {
  const derived = await accounts.derived.get(worksheet.id);
  const responses = derived?.responses ?? [];
  const measureName = derived?.measureId
    ? (Object.values(measureCatalogue[derived.measureId] ?? {}).at(-1)?.name ?? derived.measureId)
    : null;
  const status = worksheetStatus(worksheet);
  const stored = await loadWorksheetContent(documents, worksheet.id);
  return {
    id: worksheet.id,
    title: worksheet.title,
    clientDisplayName: client.displayName,
    status,
    statusLabel: worksheetStatusLabel(status),
    timeZone: (await accounts.practices.get(client.practiceId))?.timeZone ?? 'UTC',
    assignedAt: iso(worksheet.sentAt ?? worksheet.assignedAt)!,
    dueDate: worksheet.dueDate,
    handedInAt: derived?.handedInAt ?? worksheet.handedInAt,
    reviewedAt: iso(worksheet.reviewedAt),
    score:
      measureName && derived
        ? { measure: measureName, total: derived.measureTotal, severity: derived.measureSeverity }
        : null,
    answers: responses.filter((response) => response.entryId === null).map(answerOf),
    entries: (derived?.entries ?? []).map((entry) => ({
      entryId: entry.entryId,
      groupLabel: entry.groupLabel,
      date: entry.entryDate,
      fields: responses.filter((response) => response.entryId === entry.entryId).map(answerOf),
    })),
    comments: recordThreads(stored),
  };
}
