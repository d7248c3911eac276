import type { WorksheetSummary } from '../../api/types';

/**
 * A polite live region confirming "Marked reviewed", since the card itself leaves the list. There is no
 * API to take a review back, so there is no Undo.
 */
export function MarkedReviewedMessage({ worksheet }: { worksheet: WorksheetSummary | null }) {
  return (
    <p role="status" className={worksheet ? 'confirmation' : 'visually-hidden'}>
      {worksheet ? `Marked reviewed: ${worksheet.title} (${worksheet.clientDisplayName})` : ''}
    </p>
  );
}
