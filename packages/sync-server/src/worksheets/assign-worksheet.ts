import { dueDateProblem, isoDayInZone, MeasureItemsChangedError } from '@interlude/schema';
import type { Accounts } from '../accounts.js';
import type { SeededWorksheet, TemplateCatalogue, WorksheetDocuments } from '../api/api-dependencies.js';
import type { SqlExecutor } from '../database/sql-database.js';
import type { ClientRecord, User } from '../people/people-types.js';
import { AssignmentRefused } from './assignment-refused.js';
import type { NewWorksheetSeries } from './worksheet-series-store.js';
import type { WorksheetRecord } from './worksheet-store.js';

export interface AssignWorksheetDependencies {
  accounts: Accounts;
  documents: WorksheetDocuments;
  templates: TemplateCatalogue;
}

export interface AssignWorksheetInput {
  therapist: User;
  client: ClientRecord;
  templateId: string;
  title?: string | undefined;
  /** A tailored copy of the template's Tiptap JSON. */
  content?: unknown;
  /** YYYY-MM-DD, today or later in the practice's time zone (as of `asOf`). */
  dueDate?: string | undefined;
  /** A note to the client, plain text, shown with the worksheet in their list. */
  note?: string | undefined;
  /**
   * Sent at once unless false (the quick path, and what callers before drafts expect); false keeps it a
   * draft that only the therapist sees, to tailor and then send with `sendWorksheet`.
   */
  send?: boolean | undefined;
  /** The therapist's client address, for the audit entry. */
  address?: string | null | undefined;
  /** When the assignment is made; now unless told (the demo assigns as of a week ago). */
  asOf?: number | undefined;
  /** Set when this worksheet is an occurrence of a repeating assignment. */
  series?: SeriesOccurrence | undefined;
}

/** Which occurrence of a series a worksheet is; the series row is written in the same transaction. */
export interface SeriesOccurrence {
  seriesId: string;
  /** 1 for the first occurrence. */
  index: number;
  /** The series itself, created with its first occurrence. */
  newSeries?: NewWorksheetSeries | undefined;
  /** Earlier occurrences whose day passed while the server was down, recorded as skipped. */
  skipped?: readonly number[] | undefined;
}

/**
 * A therapist assigns a worksheet from a template to their client: the document is seeded once from
 * the template, and the seed, the worksheet row and the audit entry are stored together or not at all.
 * It is either sent at once or kept as a draft that only the therapist sees until sent.
 * Throws `AssignmentRefused` (nothing stored) when the client is archived, the due date is before today
 * in the practice's time zone, the content is not a worksheet document or the template does not exist.
 */
export async function assignWorksheet(
  { accounts, documents, templates }: AssignWorksheetDependencies,
  input: AssignWorksheetInput,
): Promise<WorksheetRecord> {
  const { therapist, client } = input;
  const asOf = input.asOf ?? accounts.clock.now();
  if (client.status === 'archived') {
    throw new AssignmentRefused(
      'client-archived',
      'This client is archived; worksheets can no longer be assigned to them.',
    );
  }
  const send = input.send ?? true;
  const dueDate = input.dueDate ?? null;
  const timeZone = (await accounts.practices.get(therapist.practiceId))?.timeZone ?? 'UTC';
  const problem = dueDate === null ? null : dueDateProblem(dueDate, isoDayInZone(asOf, timeZone));
  if (problem) throw new AssignmentRefused('due-date-passed', problem.detail);
  const seeded = await seedFromTemplate(templates, input);
  const worksheetId = documents.newWorksheetId();
  const author = { userId: therapist.id, role: 'therapist' } as const;
  // In the document store's transaction (tx): the seed, the rows and the audit entry are kept together.
  const recordRows = async (tx: SqlExecutor) => {
    const { series } = input;
    if (series?.newSeries) await accounts.series.in(tx).create(series.newSeries);
    const worksheet = await accounts.worksheets.in(tx).create({
      id: worksheetId,
      clientId: client.userId,
      therapistId: therapist.id,
      title: seeded.title,
      kind: seeded.template.kind,
      templateId: seeded.template.id,
      templateVersion: seeded.template.version,
      dueDate,
      note: input.note?.trim() || null,
      assignedAt: asOf,
      sentAt: send ? asOf : null,
      seriesId: series?.seriesId ?? null,
      seriesIndex: series?.index ?? null,
    });
    if (series) {
      await accounts.series.in(tx).recordOccurrence(series.seriesId, series.index, series.skipped ?? []);
    }
    await accounts.audit.in(tx).record({
      action: 'assignment-created',
      practiceId: therapist.practiceId,
      actorUserId: therapist.id,
      subjectUserId: client.userId,
      worksheetId,
      address: input.address ?? null,
      details: {
        templateId: seeded.template.id,
        sent: send,
        ...(series ? { seriesId: series.seriesId, seriesIndex: series.index } : {}),
      },
    });
    return worksheet;
  };
  return documents.create(worksheetId, seeded.update, author, recordRows);
}

async function seedFromTemplate(
  templates: TemplateCatalogue,
  input: AssignWorksheetInput,
): Promise<SeededWorksheet> {
  let seeded: SeededWorksheet | undefined;
  try {
    seeded = await templates.seedWorksheet(input.therapist.practiceId, input.templateId, {
      ...(input.title ? { title: input.title } : {}),
      ...(input.content ? { content: input.content } : {}),
    });
  } catch (error) {
    if (error instanceof MeasureItemsChangedError)
      throw new AssignmentRefused('measure-items-changed', error.message);
    const reason = error instanceof Error ? error.message : String(error);
    throw new AssignmentRefused(
      'invalid-content',
      `The worksheet content is not a valid worksheet document: ${reason}`,
    );
  }
  if (!seeded)
    throw new AssignmentRefused('template-not-found', `There is no template "${input.templateId}".`);
  return seeded;
}
