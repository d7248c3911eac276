import { type ChecklistAttributes, type ChecklistItem, createNodeId } from '@interlude/schema';
import { CheckboxSetting } from '../../views/CheckboxSetting.js';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';

export interface ChecklistSettingsProps {
  attributes: ChecklistAttributes;
  update: (attributes: Partial<ChecklistAttributes>) => void;
}

/** The therapist's settings of a checklist: its label and items (at least one stays). */
export function ChecklistSettings({ attributes, update }: ChecklistSettingsProps) {
  const setItems = (items: ChecklistItem[]) =>
    // A removed item cannot stay ticked.
    update({ items, checked: attributes.checked.filter((id) => items.some((item) => item.id === id)) });
  const edit = (index: number, change: Partial<ChecklistItem>) =>
    setItems(attributes.items.map((item, at) => (at === index ? { ...item, ...change } : item)));
  return (
    <SettingsPanel>
      <TextSetting label="Label" value={attributes.label} onChange={(label) => update({ label })} />
      <fieldset className="interlude-settings__list">
        <legend>Items</legend>
        {attributes.items.map((item, index) => (
          <div key={item.id} className="interlude-settings__list-row">
            <TextSetting
              label={`Item ${index + 1}`}
              value={item.label}
              onChange={(label) => edit(index, { label })}
            />
            <TextSetting
              label={`Description of item ${index + 1}`}
              value={item.description}
              onChange={(description) => edit(index, { description })}
            />
            <button
              type="button"
              disabled={attributes.items.length <= 1}
              aria-label={`Remove item ${index + 1}`}
              onClick={() => setItems(attributes.items.filter((_, at) => at !== index))}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setItems([
              ...attributes.items,
              { id: createNodeId(), label: `Item ${attributes.items.length + 1}`, description: '' },
            ])
          }
        >
          Add item
        </button>
      </fieldset>
      <CheckboxSetting
        label="Answer required"
        checked={attributes.required}
        onChange={(required) => update({ required })}
      />
    </SettingsPanel>
  );
}
