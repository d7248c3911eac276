import { createNodeId, type EntryFieldDefinition, type EntryFieldKind } from '@interlude/schema';

/** A new field definition of a kind, ready to be renamed: what "Add field" puts into a diary. */
export function defaultDefinition(kind: EntryFieldKind, label = 'New field'): EntryFieldDefinition {
  const id = createNodeId();
  switch (kind) {
    case 'prompt':
      return { kind, id, label, guidance: '', required: false };
    case 'scale':
      return {
        kind,
        id,
        label,
        min: 0,
        max: 10,
        step: 1,
        minLabel: '',
        maxLabel: '',
        anchors: [],
        metricKey: null,
        required: false,
      };
    case 'choice':
      return {
        kind,
        id,
        label,
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ],
        measureId: null,
        measureVersion: null,
        itemId: null,
        required: false,
      };
    case 'checklist':
      return {
        kind,
        id,
        label,
        items: [{ id: createNodeId(), label: 'Item 1', description: '' }],
        required: false,
      };
    case 'field':
      return { kind, id, label, fieldType: 'text', unit: null, metricKey: null, required: false };
  }
}
