import { createNodeId } from '../ids/createNodeId.js';
import type { EntryFieldDefinition } from '../nodes/entryFieldDefinition.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';
import type { WorksheetJSON } from './worksheetJSON.js';

/**
 * Small typed builders of worksheet JSON. Every attribute is written out (defaults included), so the result
 * equals what the schema gives back from `nodeFromJSON(json).toJSON()`.
 */

export function doc(...blocks: WorksheetJSON[]): WorksheetJSON {
  return { type: 'doc', content: blocks };
}

export function text(value: string): WorksheetJSON {
  return { type: 'text', text: value };
}

export function paragraph(value = ''): WorksheetJSON {
  return value === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [text(value)] };
}

export function heading(level: 1 | 2 | 3, value: string): WorksheetJSON {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

export function bulletList(...items: string[]): WorksheetJSON {
  return {
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  };
}

export interface PromptInput {
  id?: string;
  question: string;
  guidance?: string;
  required?: boolean;
}

/** A prompt; without `answer` it holds one empty paragraph for the client to write in. */
export function prompt(input: PromptInput, answer: WorksheetJSON[] = [paragraph()]): WorksheetJSON {
  return {
    type: NODE_NAMES.prompt,
    attrs: {
      id: input.id ?? createNodeId(),
      question: input.question,
      guidance: input.guidance ?? '',
      required: input.required ?? false,
    },
    content: answer,
  };
}

export interface ScaleInput {
  id?: string;
  label: string;
  min: number;
  max: number;
  step?: number;
  minLabel?: string;
  maxLabel?: string;
  anchors?: { value: number; label: string }[];
  metricKey?: string | null;
  required?: boolean;
  value?: number | null;
}

export function scale(input: ScaleInput): WorksheetJSON {
  return {
    type: NODE_NAMES.scale,
    attrs: {
      id: input.id ?? createNodeId(),
      label: input.label,
      min: input.min,
      max: input.max,
      step: input.step ?? 1,
      minLabel: input.minLabel ?? '',
      maxLabel: input.maxLabel ?? '',
      anchors: input.anchors ?? [],
      metricKey: input.metricKey ?? null,
      required: input.required ?? false,
      value: input.value ?? null,
    },
  };
}

export interface GoalInput {
  id?: string;
  title: string;
  why?: string;
  targetDate?: string | null;
  progress?: number | null;
}

export function goal(input: GoalInput, steps: WorksheetJSON[] = []): WorksheetJSON {
  const node: WorksheetJSON = {
    type: NODE_NAMES.goal,
    attrs: {
      id: input.id ?? createNodeId(),
      title: input.title,
      why: input.why ?? '',
      targetDate: input.targetDate ?? null,
      progress: input.progress ?? null,
    },
  };
  return steps.length === 0 ? node : { ...node, content: steps };
}

export interface GoalStepInput {
  id?: string;
  text: string;
  dueDate?: string | null;
  checked?: boolean;
}

export function goalStep(input: GoalStepInput): WorksheetJSON {
  return {
    type: NODE_NAMES.goalStep,
    attrs: {
      id: input.id ?? createNodeId(),
      text: input.text,
      dueDate: input.dueDate ?? null,
      checked: input.checked ?? false,
    },
  };
}

export interface ChoiceInput {
  id?: string;
  label: string;
  options: { value: string | number; label: string }[];
  measureId?: string | null;
  measureVersion?: number | null;
  itemId?: string | null;
  required?: boolean;
  value?: string | number | null;
}

export function choice(input: ChoiceInput): WorksheetJSON {
  return {
    type: NODE_NAMES.choice,
    attrs: {
      id: input.id ?? createNodeId(),
      label: input.label,
      options: input.options,
      measureId: input.measureId ?? null,
      measureVersion: input.measureVersion ?? null,
      itemId: input.itemId ?? null,
      required: input.required ?? false,
      value: input.value ?? null,
    },
  };
}

export interface ChecklistInput {
  id?: string;
  label: string;
  items: { id: string; label: string; description: string }[];
  required?: boolean;
  checked?: string[];
}

export function checklist(input: ChecklistInput): WorksheetJSON {
  return {
    type: NODE_NAMES.checklist,
    attrs: {
      id: input.id ?? createNodeId(),
      label: input.label,
      items: input.items,
      required: input.required ?? false,
      checked: input.checked ?? [],
    },
  };
}

export interface FieldInput {
  id?: string;
  label: string;
  fieldType: 'text' | 'time' | 'duration' | 'number' | 'date' | 'yesno';
  unit?: string | null;
  metricKey?: string | null;
  required?: boolean;
  value?: string | number | boolean | null;
}

export function field(input: FieldInput): WorksheetJSON {
  return {
    type: NODE_NAMES.field,
    attrs: {
      id: input.id ?? createNodeId(),
      label: input.label,
      fieldType: input.fieldType,
      unit: input.unit ?? null,
      metricKey: input.metricKey ?? null,
      required: input.required ?? false,
      value: input.value ?? null,
    },
  };
}

export interface EntryGroupInput {
  id?: string;
  label: string;
  entryLabel: string;
  fields: EntryFieldDefinition[];
}

export function entryGroup(input: EntryGroupInput, entries: WorksheetJSON[] = []): WorksheetJSON {
  const node: WorksheetJSON = {
    type: NODE_NAMES.entryGroup,
    attrs: {
      id: input.id ?? createNodeId(),
      label: input.label,
      entryLabel: input.entryLabel,
      fields: input.fields,
    },
  };
  return entries.length === 0 ? node : { ...node, content: entries };
}

export function entry(input: { id?: string; date: string | null }, items: WorksheetJSON[]): WorksheetJSON {
  return {
    type: NODE_NAMES.entry,
    attrs: { id: input.id ?? createNodeId(), date: input.date },
    content: items,
  };
}

/** One node made from an entry field definition, with a fresh id and no answer yet. */
export function nodeFromDefinition(definition: EntryFieldDefinition): WorksheetJSON {
  switch (definition.kind) {
    case 'prompt':
      return prompt({
        question: definition.label,
        guidance: definition.guidance,
        required: definition.required,
      });
    case 'scale': {
      const { kind: _kind, id: _id, ...attributes } = definition;
      return scale(attributes);
    }
    case 'choice': {
      const { kind: _kind, id: _id, ...attributes } = definition;
      return choice(attributes);
    }
    case 'checklist': {
      const { kind: _kind, id: _id, ...attributes } = definition;
      return checklist(attributes);
    }
    case 'field': {
      const { kind: _kind, id: _id, ...attributes } = definition;
      return field(attributes);
    }
  }
}

/** A new, empty entry for an entry group: what the editor inserts when the client adds a day or an attempt. */
export function createEntryJSON(fields: EntryFieldDefinition[], date: string | null): WorksheetJSON {
  return entry({ date }, fields.map(nodeFromDefinition));
}
