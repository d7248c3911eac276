import { measureCatalogue } from '@interlude/schema';
import type { ApiWorksheetRecord } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { ClientRecord } from '../people/people-types.js';
import type { DerivedResponse } from '../progress/derived-worksheet.js';
import { worksheetStatus } from '../worksheets/worksheet-status.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

const answerOf = (response: DerivedResponse) => ({
  nodeId: response.nodeId,
  kind: response.kind,
  label: response.label,
  answer: response.display,
});

/** One worksheet with its answers as a person reads them: for the print view and the export. */
export function worksheetRecord(
  accounts: Accounts,
  worksheet: WorksheetRecord,
  client: ClientRecord,
): ApiWorksheetRecord {
  const derived = accounts.derived.get(worksheet.id);
  const responses = derived?.responses ?? [];
  const measureName = derived?.measureId
    ? (Object.values(measureCatalogue[derived.measureId] ?? {}).at(-1)?.name ?? derived.measureId)
    : null;
  return {
    id: worksheet.id,
    title: worksheet.title,
    clientDisplayName: client.displayName,
    status: worksheetStatus(worksheet),
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
    comments: [],
  };
}
