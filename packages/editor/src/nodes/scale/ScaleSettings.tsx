import type { ScaleAttributes } from '@interlude/schema';
import { CheckboxSetting } from '../../views/CheckboxSetting.js';
import { NumberSetting } from '../../views/NumberSetting.js';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';
import { AnchorSettings } from './AnchorSettings.js';

export interface ScaleSettingsProps {
  attributes: ScaleAttributes;
  update: (attributes: Partial<ScaleAttributes>) => void;
}

/** The therapist's settings of a scale; a range that would be empty is refused where it is typed. */
export function ScaleSettings({ attributes, update }: ScaleSettingsProps) {
  const { min, max, step } = attributes;
  return (
    <SettingsPanel>
      <TextSetting label="Label" value={attributes.label} onChange={(label) => update({ label })} />
      <div className="interlude-settings__row">
        <NumberSetting
          label="Lowest"
          value={min}
          problemWith={(next) => (next < max ? null : 'Must be below the highest value')}
          onChange={(next) => update({ min: next })}
        />
        <NumberSetting
          label="Highest"
          value={max}
          problemWith={(next) => (next > min ? null : 'Must be above the lowest value')}
          onChange={(next) => update({ max: next })}
        />
        <NumberSetting
          label="Step"
          value={step}
          min={0}
          problemWith={(next) => (next > 0 && next <= max - min ? null : 'Must be above 0 and fit the range')}
          onChange={(next) => update({ step: next })}
        />
      </div>
      <div className="interlude-settings__row">
        <TextSetting
          label="Label of the lowest"
          value={attributes.minLabel}
          onChange={(minLabel) => update({ minLabel })}
        />
        <TextSetting
          label="Label of the highest"
          value={attributes.maxLabel}
          onChange={(maxLabel) => update({ maxLabel })}
        />
      </div>
      <AnchorSettings
        anchors={attributes.anchors}
        range={{ min, max, step }}
        onChange={(anchors) => update({ anchors })}
      />
      <TextSetting
        label="Metric key (charts this rating over weeks, e.g. mood)"
        value={attributes.metricKey ?? ''}
        onChange={(metricKey) => update({ metricKey: metricKey.trim() === '' ? null : metricKey.trim() })}
      />
      <CheckboxSetting
        label="Answer required"
        checked={attributes.required}
        onChange={(required) => update({ required })}
      />
    </SettingsPanel>
  );
}
