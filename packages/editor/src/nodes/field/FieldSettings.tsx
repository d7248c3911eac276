import { FIELD_TYPES, type FieldAttributes, type FieldType } from '@interlude/schema';
import { useId } from 'react';
import { CheckboxSetting } from '../../views/CheckboxSetting.js';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';
import { FIELD_TYPE_LABELS } from './field-type-labels.js';

export interface FieldSettingsProps {
  attributes: FieldAttributes;
  update: (attributes: Partial<FieldAttributes>) => void;
}

function optionalText(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** The therapist's settings of a short field. */
export function FieldSettings({ attributes, update }: FieldSettingsProps) {
  const typeId = useId();
  return (
    <SettingsPanel>
      <TextSetting label="Label" value={attributes.label} onChange={(label) => update({ label })} />
      <div className="interlude-setting">
        <label htmlFor={typeId}>Kind of answer</label>
        <select
          id={typeId}
          value={attributes.fieldType}
          // An answer of another kind would no longer fit, so changing the kind clears it.
          onChange={(event) => update({ fieldType: event.target.value as FieldType, value: null })}
        >
          {FIELD_TYPES.map((fieldType) => (
            <option key={fieldType} value={fieldType}>
              {FIELD_TYPE_LABELS[fieldType]}
            </option>
          ))}
        </select>
      </div>
      <TextSetting
        label="Unit (optional)"
        value={attributes.unit ?? ''}
        onChange={(unit) => update({ unit: optionalText(unit) })}
      />
      <TextSetting
        label="Metric key (optional)"
        value={attributes.metricKey ?? ''}
        onChange={(metricKey) => update({ metricKey: optionalText(metricKey) })}
      />
      <CheckboxSetting
        label="Answer required"
        checked={attributes.required}
        onChange={(required) => update({ required })}
      />
    </SettingsPanel>
  );
}
