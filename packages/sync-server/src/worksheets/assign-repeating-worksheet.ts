import { daysBetween, isoDayInZone, type RepeatRule, repeatRuleProblem } from '@interlude/schema';
import { newId } from '../people/new-id.js';
import {
  type AssignWorksheetDependencies,
  type AssignWorksheetInput,
  assignWorksheet,
} from './assign-worksheet.js';
import { AssignmentRefused } from './assignment-refused.js';
import type { WorksheetRecord } from './worksheet-store.js';

/**
 * A therapist assigns homework that repeats: the series is stored with its first occurrence, which is
 * created at once (as an ordinary assignment is); the scheduler creates the others on their days.
 * A repeating assignment is always sent: a draft would leave every later occurrence waiting on a click.
 * Throws `AssignmentRefused` (nothing stored) for an invalid rule, `send: false`, or any reason
 * `assignWorksheet` refuses.
 */
export async function assignRepeatingWorksheet(
  dependencies: AssignWorksheetDependencies,
  input: AssignWorksheetInput & { repeat: RepeatRule },
): Promise<WorksheetRecord> {
  const { accounts } = dependencies;
  const { repeat, ...assignment } = input;
  if (input.send === false) {
    throw new AssignmentRefused(
      'repeat-needs-sending',
      'A repeating assignment is sent at once, so it cannot be kept as a draft. Leave out "send: false", or assign it without repeating.',
    );
  }
  const asOf = input.asOf ?? accounts.clock.now();
  const timeZone = (await accounts.practices.get(input.therapist.practiceId))?.timeZone ?? 'UTC';
  const firstDay = isoDayInZone(asOf, timeZone);
  const problem = repeatRuleProblem(repeat, firstDay);
  if (problem) throw new AssignmentRefused('invalid-repeat', problem);
  const seriesId = newId();
  return assignWorksheet(dependencies, {
    ...assignment,
    asOf,
    send: true,
    series: {
      seriesId,
      index: 1,
      newSeries: {
        id: seriesId,
        clientId: input.client.userId,
        therapistId: input.therapist.id,
        templateId: input.templateId,
        title: input.title ?? null,
        content: input.content ?? null,
        note: input.note?.trim() || null,
        rule: repeat,
        // The first occurrence's due date, kept as a distance, so each later one is due as long after its day.
        dueAfterDays: input.dueDate ? daysBetween(firstDay, input.dueDate) : null,
        firstDay,
        createdAt: asOf,
      },
    },
  });
}
