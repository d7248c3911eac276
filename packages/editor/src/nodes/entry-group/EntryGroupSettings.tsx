import type { EntryFieldDefinition, EntryGroupAttributes } from '@interlude/schema';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';
import { defaultDefinition } from './default-definition.js';
import { FieldDefinitionEditor } from './FieldDefinitionEditor.js';

export interface EntryGroupSettingsProps {
  attributes: EntryGroupAttributes;
  update: (attributes: Partial<EntryGroupAttributes>) => void;
}

/**
 * The therapist's settings of a diary: its name, what one entry is called, and the fields each new entry
 * gets. Entries the client already added keep the fields they were made with.
 */
export function EntryGroupSettings({ attributes, update }: EntryGroupSettingsProps) {
  const setFields = (fields: EntryFieldDefinition[]) => update({ fields });
  const move = (index: number, by: -1 | 1) => {
    const fields = [...attributes.fields];
    const [moved] = fields.splice(index, 1);
    if (!moved) return;
    fields.splice(index + by, 0, moved);
    setFields(fields);
  };
  return (
    <SettingsPanel>
      <TextSetting
        label="Name of the diary or log"
        value={attributes.label}
        onChange={(label) => update({ label })}
      />
      <TextSetting
        label="What one entry is called (Day, Night, Practice)"
        value={attributes.entryLabel}
        onChange={(entryLabel) => update({ entryLabel })}
      />
      <fieldset className="interlude-settings__list">
        <legend>Fields of each entry</legend>
        {attributes.fields.map((definition, index) => (
          <div key={definition.id} className="interlude-settings__list-row">
            <FieldDefinitionEditor
              definition={definition}
              position={index + 1}
              onChange={(changed) =>
                setFields(attributes.fields.map((other, at) => (at === index ? changed : other)))
              }
            />
            <span className="interlude-node__actions">
              <button
                type="button"
                disabled={index === 0}
                aria-label={`Move field ${index + 1} up`}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={index === attributes.fields.length - 1}
                aria-label={`Move field ${index + 1} down`}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                disabled={attributes.fields.length <= 1}
                aria-label={`Remove field ${index + 1}`}
                onClick={() => setFields(attributes.fields.filter((_, at) => at !== index))}
              >
                ✕
              </button>
            </span>
          </div>
        ))}
        <button type="button" onClick={() => setFields([...attributes.fields, defaultDefinition('scale')])}>
          Add field
        </button>
      </fieldset>
    </SettingsPanel>
  );
}
