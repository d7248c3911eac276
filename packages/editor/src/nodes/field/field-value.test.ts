import { describe, expect, it } from 'vitest';
import { fieldValueFromInput, fieldValueToInput } from './field-value.js';

describe('field values', () => {
  it('stores an empty input as not answered', () => {
    expect(fieldValueFromInput('text', '  ')).toBeNull();
    expect(fieldValueFromInput('number', '')).toBeNull();
  });

  it('keeps each field type in its own value type', () => {
    expect(fieldValueFromInput('number', '7.5')).toBe(7.5);
    expect(fieldValueFromInput('duration', '45')).toBe(45);
    expect(fieldValueFromInput('yesno', 'yes')).toBe(true);
    expect(fieldValueFromInput('yesno', 'no')).toBe(false);
    expect(fieldValueFromInput('time', '23:15')).toBe('23:15');
    expect(fieldValueFromInput('date', '2026-11-26')).toBe('2026-11-26');
  });

  it('refuses minutes that are not whole and numbers that cannot be read', () => {
    expect(fieldValueFromInput('duration', '4.5')).toBeUndefined();
    expect(fieldValueFromInput('duration', '-3')).toBeUndefined();
    expect(fieldValueFromInput('number', 'abc')).toBeUndefined();
  });

  it('shows stored values back in the input', () => {
    expect(fieldValueToInput(null)).toBe('');
    expect(fieldValueToInput(false)).toBe('no');
    expect(fieldValueToInput(30)).toBe('30');
  });
});
