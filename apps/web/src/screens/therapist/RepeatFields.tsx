import { type IsoDay, REPEAT_LIMITS, repeatRuleProblem } from '@interlude/schema';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../ui/Field';
import { describeRepeat } from './repeat-description';
import { type RepeatFormValues, repeatRuleFrom } from './repeat-form';

const everyChoices = [
  { value: 'none', label: 'Does not repeat' },
  { value: '1', label: 'Every day' },
  { value: '7', label: 'Every week' },
  { value: 'custom', label: 'Every N days' },
] as const;

/** Ends a description with a full stop, unless it already ends with "…". */
const sentence = (text: string) => (text.endsWith('…') ? text : `${text}.`);

/**
 * "Repeat" in the assign dialog: how often, and for how many times or until when, with the resulting
 * days spelt out so the therapist sees what the client will get. `firstDay` is today on the practice's calendar.
 */
export function RepeatFields({
  register,
  values,
  firstDay,
}: {
  /** The form's own `register`: any form whose values include the repeat choices. */
  register: (name: keyof RepeatFormValues) => UseFormRegisterReturn;
  values: RepeatFormValues;
  firstDay: IsoDay;
}) {
  const rule = repeatRuleFrom(values);
  const problem = rule && repeatRuleProblem(rule, firstDay);
  const { everyDays, count, untilMaxDays } = REPEAT_LIMITS;
  return (
    <fieldset className="choice-group repeat-fields">
      <legend className="field__label">Repeat</legend>
      <div className="repeat-fields__choices">
        {everyChoices.map((choice) => (
          <label key={choice.value} className="choice-group__option">
            <input type="radio" value={choice.value} {...register('repeatEvery')} />
            {choice.label}
          </label>
        ))}
      </div>
      {values.repeatEvery !== 'none' ? (
        // What follows belongs to the rhythm chosen above: set in, under it.
        <div className="repeat-fields__details">
          {values.repeatEvery === 'custom' ? (
            <TextField
              label="Every how many days"
              type="number"
              min={everyDays.min}
              max={everyDays.max}
              hint={`${everyDays.min} to ${everyDays.max} days.`}
              {...register('customDays')}
            />
          ) : null}
          <fieldset className="choice-group">
            <legend className="field__label">For how long</legend>
            <div className="repeat-fields__choices">
              <label className="choice-group__option">
                <input type="radio" value="count" {...register('repeatEnd')} />
                Number of times
              </label>
              <label className="choice-group__option">
                <input type="radio" value="until" {...register('repeatEnd')} />
                Until a date
              </label>
            </div>
            {values.repeatEnd === 'count' ? (
              <TextField
                label="How many times, the first included"
                type="number"
                min={count.min}
                max={count.max}
                hint={`${count.min} to ${count.max} times.`}
                {...register('repeatCount')}
              />
            ) : (
              <TextField
                label="Last day"
                type="date"
                min={firstDay}
                hint={`At most a year ahead (${untilMaxDays} days).`}
                {...register('repeatUntil')}
              />
            )}
          </fieldset>
          {rule ? (
            <div aria-live="polite">
              {problem ? (
                <p className="field__error">{problem}</p>
              ) : (
                <p className="repeat-fields__summary">
                  <strong>{sentence(describeRepeat(rule, firstDay))}</strong> Each is sent to the client on
                  its day, the first one now. A repeating assignment cannot be saved as a draft.
                </p>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
