import { META_MAP, readWorksheetMeta, scoreMeasure } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import type { Accounts } from '../accounts.js';
import type { StoredUpdatesEvent } from '../worksheets/worksheet-progress.js';
import { hasSafetyFlag, keepEarlierSafetyFlag, storedMeasureResult } from './measure-result.js';

/**
 * Scores a measure worksheet each time its updates are stored, from the catalogue entry the document
 * names (never from numbers in the document), and keeps the result on the worksheet row. Partly answered
 * forms are scored too: an item 9 answer must reach the practitioner before the rest is filled in.
 * The first safety flag on a worksheet is written to the practice's audit log (no answers in it).
 */
export function createMeasureResultRecorder(
  accounts: Accounts,
): (event: StoredUpdatesEvent) => Promise<void> {
  return async ({ worksheetId, doc }) => {
    // Most worksheets are not measures: skip reading the content for them.
    if (doc.getMap(META_MAP).get('measure') === undefined) return;
    // The document and the time are read before any wait: the room may change or unload the document meanwhile.
    const score = scoreMeasure(readWorksheetContent(doc), readWorksheetMeta(doc));
    const now = accounts.clock.now();
    if (!score) return;
    const worksheet = await accounts.worksheets.get(worksheetId);
    if (!worksheet) return;
    // Nothing answered yet (a therapist renaming the form): no result to show until the client answers.
    if (score.answeredItemIds.length === 0 && !score.unscoredAnswer && !worksheet.measureResult) return;
    const result = keepEarlierSafetyFlag(
      storedMeasureResult(score, now),
      worksheet.measureFlagRaisedAt,
      worksheet.reviewedAt,
    );
    await accounts.inTransaction(async (tx) => {
      const worksheets = accounts.worksheets.in(tx);
      await worksheets.setMeasureResult(worksheetId, result);
      if (!hasSafetyFlag(result) || !(await worksheets.markFlagRaised(worksheetId, now))) return;
      await accounts.audit.in(tx).record({
        action: 'measure-flag-raised',
        practiceId: (await accounts.users.in(tx).get(worksheet.therapistId))?.practiceId ?? null,
        subjectUserId: worksheet.clientId,
        worksheetId,
        details: {
          measure: result.measureId,
          flags: result.flags
            .filter((flag) => flag.level === 'urgent')
            .map((flag) => flag.id)
            .join(','),
        },
      });
    });
  };
}
