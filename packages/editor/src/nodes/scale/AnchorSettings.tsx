import type { ScaleAnchor } from '@interlude/schema';
import { NumberSetting } from '../../views/NumberSetting.js';
import { TextSetting } from '../../views/TextSetting.js';
import { snapToScale } from './scale-values.js';

export interface AnchorSettingsProps {
  anchors: readonly ScaleAnchor[];
  range: { min: number; max: number; step: number };
  onChange: (anchors: ScaleAnchor[]) => void;
}

/** Labelled points along a scale (SUDS 50 = "significant"), read out with the value they label. */
export function AnchorSettings({ anchors, range, onChange }: AnchorSettingsProps) {
  const edit = (index: number, change: Partial<ScaleAnchor>) =>
    onChange(anchors.map((anchor, at) => (at === index ? { ...anchor, ...change } : anchor)));
  return (
    <fieldset className="interlude-settings__list">
      <legend>Labelled points (optional)</legend>
      {anchors.map((anchor, index) => (
        // Anchors have no id of their own; their position in the list is stable while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={index} className="interlude-settings__list-row">
          <NumberSetting
            label={`Point ${index + 1} value`}
            value={anchor.value}
            problemWith={(value) =>
              value >= range.min && value <= range.max ? null : 'Must lie on the scale'
            }
            onChange={(value) => edit(index, { value })}
          />
          <TextSetting
            label={`Point ${index + 1} label`}
            value={anchor.label}
            onChange={(label) => edit(index, { label })}
          />
          <button
            type="button"
            aria-label={`Remove point ${index + 1}`}
            onClick={() => onChange(anchors.filter((_, at) => at !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...anchors, { value: snapToScale((range.min + range.max) / 2, range), label: 'Label' }])
        }
      >
        Add labelled point
      </button>
    </fieldset>
  );
}
