import {
  createNodeId,
  type EntryFieldDefinition,
  type EntryFieldKind,
  FIELD_TYPES,
  type FieldType,
} from '@interlude/schema';
import { useId } from 'react';
import { NumberSetting } from '../../views/NumberSetting.js';
import { TextSetting } from '../../views/TextSetting.js';
import { FIELD_TYPE_LABELS } from '../field/field-type-labels.js';
import { defaultDefinition } from './default-definition.js';
import { nonEmptyLines } from './lines.js';

const KIND_LABELS: Record<EntryFieldKind, string> = {
  prompt: 'Written answer',
  scale: 'Rating scale',
  choice: 'Choice',
  checklist: 'Checklist',
  field: 'Short field',
};

export interface FieldDefinitionEditorProps {
  definition: EntryFieldDefinition;
  position: number;
  onChange: (definition: EntryFieldDefinition) => void;
}

function KindSpecificSettings({ definition, onChange }: Omit<FieldDefinitionEditorProps, 'position'>) {
  switch (definition.kind) {
    case 'scale':
      return (
        <div className="interlude-settings__row">
          <NumberSetting
            label="Lowest"
            value={definition.min}
            problemWith={(min) => (min < definition.max ? null : 'Must be below the highest value')}
            onChange={(min) => onChange({ ...definition, min })}
          />
          <NumberSetting
            label="Highest"
            value={definition.max}
            problemWith={(max) => (max > definition.min ? null : 'Must be above the lowest value')}
            onChange={(max) => onChange({ ...definition, max })}
          />
        </div>
      );
    case 'choice':
      return (
        <TextSetting
          label="Options, one per line"
          multiline
          value={definition.options.map((option) => option.label).join('\n')}
          onChange={(text) => {
            const labels = nonEmptyLines(text);
            if (labels.length === 0) return;
            // Options keep their value by position, so answers given earlier still point at an option.
            const options = labels.map((label, index) => ({
              value: definition.options[index]?.value ?? createNodeId(),
              label,
            }));
            onChange({ ...definition, options });
          }}
        />
      );
    case 'checklist':
      return (
        <TextSetting
          label="Items, one per line"
          multiline
          value={definition.items.map((item) => item.label).join('\n')}
          onChange={(text) => {
            const labels = nonEmptyLines(text);
            if (labels.length === 0) return;
            const items = labels.map((label, index) => ({
              id: definition.items[index]?.id ?? createNodeId(),
              label,
              description: definition.items[index]?.description ?? '',
            }));
            onChange({ ...definition, items });
          }}
        />
      );
    case 'field':
      return (
        <FieldTypeSelect
          value={definition.fieldType}
          onChange={(fieldType) => onChange({ ...definition, fieldType })}
        />
      );
    case 'prompt':
      return null;
  }
}

function FieldTypeSelect({ value, onChange }: { value: FieldType; onChange: (value: FieldType) => void }) {
  const id = useId();
  return (
    <div className="interlude-setting">
      <label htmlFor={id}>Kind of answer</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as FieldType)}>
        {FIELD_TYPES.map((fieldType) => (
          <option key={fieldType} value={fieldType}>
            {FIELD_TYPE_LABELS[fieldType]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One field of a diary's entries: its kind, label and the settings of that kind. */
export function FieldDefinitionEditor({ definition, position, onChange }: FieldDefinitionEditorProps) {
  const kindId = useId();
  return (
    <div className="interlude-definition">
      <div className="interlude-setting">
        <label htmlFor={kindId}>Field {position} kind</label>
        <select
          id={kindId}
          value={definition.kind}
          onChange={(event) =>
            onChange(defaultDefinition(event.target.value as EntryFieldKind, definition.label))
          }
        >
          {(Object.keys(KIND_LABELS) as EntryFieldKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <TextSetting
        label={`Field ${position} label`}
        value={definition.label}
        onChange={(label) => onChange({ ...definition, label })}
      />
      <KindSpecificSettings definition={definition} onChange={onChange} />
    </div>
  );
}
