import type { Completion } from '@interlude/schema';
import { useId } from 'react';

/** "3 of 5 required answers" with a bar; nothing for worksheets with nothing required. */
export function CompletionMeter({ completion }: { completion: Completion | null }) {
  const labelId = useId();
  if (!completion || completion.requiredTotal === 0) return null;
  const { requiredAnswered, requiredTotal } = completion;
  return (
    <div className="completion">
      <span id={labelId} className="completion__label">
        {requiredAnswered} of {requiredTotal} required answers
      </span>
      <progress
        className="completion__bar"
        aria-labelledby={labelId}
        max={requiredTotal}
        value={requiredAnswered}
      />
    </div>
  );
}
