import type { ChecklistItem } from '@interlude/schema';
import { useId } from 'react';
import { toggleChecked } from './toggle-checked.js';

export interface ChecklistItemsProps {
  items: readonly ChecklistItem[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
  disabled?: boolean;
}

/** Checkboxes, each with its label and an optional description read out with it. */
export function ChecklistItems({ items, checked, onChange, disabled }: ChecklistItemsProps) {
  const idPrefix = useId();
  return (
    <ul className="interlude-checklist__items">
      {items.map((item) => {
        const descriptionId = `${idPrefix}-${item.id}-description`;
        return (
          <li key={item.id}>
            <label className="interlude-option">
              <input
                type="checkbox"
                checked={checked.includes(item.id)}
                disabled={disabled}
                aria-describedby={item.description ? descriptionId : undefined}
                onChange={(event) => onChange(toggleChecked(items, checked, item.id, event.target.checked))}
              />
              <span>{item.label}</span>
            </label>
            {item.description ? (
              <p className="interlude-option__description" id={descriptionId}>
                {item.description}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
