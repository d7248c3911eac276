import type { EntryFieldDefinition } from '../nodes/entryFieldDefinition.js';
import type { FieldType } from '../nodes/field.js';

/** Short builders of entry field definitions for the template catalogue. */

export function textField(id: string, label: string, required = false): EntryFieldDefinition {
  return { kind: 'field', id, label, fieldType: 'text', unit: null, metricKey: null, required };
}

export function typedField(
  id: string,
  label: string,
  fieldType: FieldType,
  options: { unit?: string; metricKey?: string; required?: boolean } = {},
): EntryFieldDefinition {
  return {
    kind: 'field',
    id,
    label,
    fieldType,
    unit: options.unit ?? null,
    metricKey: options.metricKey ?? null,
    required: options.required ?? false,
  };
}

export interface RatingOptions {
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  step?: number;
  anchors?: { value: number; label: string }[];
  metricKey?: string;
  required?: boolean;
}

export function ratingField(id: string, label: string, options: RatingOptions): EntryFieldDefinition {
  return {
    kind: 'scale',
    id,
    label,
    min: options.min,
    max: options.max,
    step: options.step ?? 1,
    minLabel: options.minLabel,
    maxLabel: options.maxLabel,
    anchors: options.anchors ?? [],
    metricKey: options.metricKey ?? null,
    required: options.required ?? false,
  };
}

export function promptField(
  id: string,
  label: string,
  guidance = '',
  required = false,
): EntryFieldDefinition {
  return { kind: 'prompt', id, label, guidance, required };
}

export function choiceField(
  id: string,
  label: string,
  options: { value: string; label: string }[],
  required = false,
): EntryFieldDefinition {
  return {
    kind: 'choice',
    id,
    label,
    options,
    measureId: null,
    measureVersion: null,
    itemId: null,
    required,
  };
}

export function checklistField(
  id: string,
  label: string,
  items: { id: string; label: string; description: string }[],
): EntryFieldDefinition {
  return { kind: 'checklist', id, label, items, required: false };
}

/** The 0–100 Subjective Units of Distress scale with its usual anchors. */
export function sudsRating(
  id: string,
  label: string,
  metricKey: string,
  required = false,
): EntryFieldDefinition {
  return ratingField(id, label, {
    min: 0,
    max: 100,
    step: 5,
    minLabel: 'No distress',
    maxLabel: 'Worst distress imaginable',
    anchors: SUDS_ANCHORS,
    metricKey,
    required,
  });
}

export const SUDS_ANCHORS = [
  { value: 0, label: 'None' },
  { value: 25, label: 'Mild' },
  { value: 50, label: 'Significant' },
  { value: 75, label: 'High' },
  { value: 100, label: 'Extreme' },
];
