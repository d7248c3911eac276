import type { ApiCompletion } from '@interlude/schema/api';

/** A sentence for the client about the homework they did: it notices effort, never judges or diagnoses. */
export function encouragement(completion: ApiCompletion): string {
  if (completion.assigned === 0)
    return 'When your therapist sends you homework, what you complete will show here.';
  if (completion.done === 0) return 'Your first completed worksheet will show here. Every small step counts.';
  const pieces = completion.done === 1 ? 'one piece of homework' : `${completion.done} pieces of homework`;
  const recent = completion.rateLast4Weeks;
  if (recent !== null && recent >= 0.75)
    return `You have completed ${pieces}. You have kept going these last weeks: well done.`;
  return `You have completed ${pieces}. Every piece you do is a step forward.`;
}
