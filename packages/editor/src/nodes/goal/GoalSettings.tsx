import type { GoalAttributes } from '@interlude/schema';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';

export interface GoalSettingsProps {
  attributes: GoalAttributes;
  update: (attributes: Partial<GoalAttributes>) => void;
  addStep: () => void;
}

/** The therapist's settings of a goal: what, why, by when, and its steps (edited on each step). */
export function GoalSettings({ attributes, update, addStep }: GoalSettingsProps) {
  return (
    <SettingsPanel>
      <TextSetting label="Goal" value={attributes.title} onChange={(title) => update({ title })} />
      <TextSetting
        label="Why it matters"
        multiline
        value={attributes.why}
        onChange={(why) => update({ why })}
      />
      <TextSetting
        label="Target date"
        type="date"
        value={attributes.targetDate ?? ''}
        onChange={(targetDate) => update({ targetDate: targetDate === '' ? null : targetDate })}
      />
      <button type="button" onClick={addStep}>
        Add step
      </button>
    </SettingsPanel>
  );
}
