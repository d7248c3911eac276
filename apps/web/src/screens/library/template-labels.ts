import {
  LIBRARY_TOPICS,
  type LibraryTopic,
  THERAPY_APPROACHES,
  type TherapyApproach,
  type WorksheetKind,
} from '@interlude/schema';

/** Kinds in the words a clinician uses for them. */
export const KIND_LABELS: Record<WorksheetKind, string> = {
  journaling: 'Journaling',
  worksheet: 'Worksheet or exercise',
  'goal-setting': 'Goal-setting',
  measure: 'Scored measure',
};

export const kindLabel = (kind: WorksheetKind) => KIND_LABELS[kind];
export const approachLabel = (approach: TherapyApproach) => THERAPY_APPROACHES[approach];
export const topicLabel = (topic: LibraryTopic) => LIBRARY_TOPICS[topic];

export function minutesLabel(minutes: number): string {
  return minutes === 1 ? 'About 1 minute' : `About ${minutes} minutes`;
}

export function assignedLabel(count: number): string {
  if (count === 0) return 'Not assigned yet';
  return count === 1 ? 'Assigned once' : `Assigned ${count} times`;
}

/** The polite announcement of how many templates the filters left. */
export function resultCountLabel(shown: number, total: number): string {
  if (shown === total) return total === 1 ? '1 template' : `${total} templates`;
  return `${shown} of ${total} templates match`;
}
