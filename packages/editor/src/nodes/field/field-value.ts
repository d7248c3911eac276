import type { FieldType } from '@interlude/schema';

export type FieldValue = string | number | boolean | null;

/**
 * The stored value for what a person typed into a field's input: empty means not answered (null); a number
 * that cannot be read is `undefined`, meaning "keep the previous value".
 */
export function fieldValueFromInput(fieldType: FieldType, raw: string): FieldValue | undefined {
  if (raw.trim() === '') return null;
  switch (fieldType) {
    case 'number': {
      const parsed = Number(raw);
      return Number.isFinite(parsed) ? parsed : undefined;
    }
    case 'duration': {
      const parsed = Number(raw);
      return Number.isInteger(parsed) && parsed >= 0 ? parsed : undefined;
    }
    case 'yesno':
      return raw === 'yes';
    default:
      return raw;
  }
}

/** What an input shows for a stored value. */
export function fieldValueToInput(value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
