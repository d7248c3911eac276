// No zod here: the web app's library screen imports these labels, and the shell stays free of zod.

/**
 * The therapeutic approaches a template belongs to, as a clinician filters the library by them.
 * Ids are stable (they travel in URLs and template files); labels are what people read.
 */
export const THERAPY_APPROACHES = {
  cbt: 'CBT',
  'cbt-i': 'CBT for insomnia',
  dbt: 'DBT',
  act: 'ACT',
  'behavioural-activation': 'Behavioural activation',
  exposure: 'Exposure therapy',
  'positive-psychology': 'Positive psychology',
  relaxation: 'Relaxation training',
  'measurement-based-care': 'Measurement-based care',
  transdiagnostic: 'Transdiagnostic',
} as const;

export type TherapyApproach = keyof typeof THERAPY_APPROACHES;

/** What a template helps with, as a clinician looks for it. */
export const LIBRARY_TOPICS = {
  anxiety: 'Anxiety',
  mood: 'Mood and depression',
  sleep: 'Sleep',
  stress: 'Stress',
  worry: 'Worry',
  'emotion-regulation': 'Emotion regulation',
  relationships: 'Relationships',
  'self-esteem': 'Self-esteem',
  motivation: 'Motivation and goals',
  'fears-and-ocd': 'Fears, phobias and OCD',
} as const;

export type LibraryTopic = keyof typeof LIBRARY_TOPICS;
