import type { FieldType } from '@interlude/schema';

/** What each kind of short field is called in the therapist's settings. */
export const FIELD_TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  text: 'Short text',
  time: 'Time of day',
  duration: 'Duration (minutes)',
  number: 'Number',
  date: 'Date',
  yesno: 'Yes / no',
};
