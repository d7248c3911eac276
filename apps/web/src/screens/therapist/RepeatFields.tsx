import { type IsoDay, REPEAT_LIMITS, repeatRuleProblem } from '@interlude/schema';
import type { UseFormRegister } from 'react-hook-form';
import { TextField } from '../../ui/Field';
import { describeRepeat } from './repeat-description';
import { type RepeatFormValues, repeatRuleFrom } from './repeat-form';

const everyChoices = [
  { value: 'none', label: 'Does not repeat' },
  { value: '1', label: 'Every day' },
  { value: '7', label: 'Every week' },
  { value: 'custom', label: 'Every N days' },
] as const;

/**
 * "Repeat" in the assign dialog: how often, and for how many times or until when, with the resulting
 * days spelt out so the therapist sees what the client will get. `firstDay` is today on the practice's calendar.
 */
export function RepeatFields({
  register,
  values,
  firstDay,
}: {
  register: UseFormRegister<RepeatFormValues>;
  values: RepeatFormValues;
  firstDay: IsoDay;
}) {
  const rule = repeatRuleFrom(values);
  const problem = rule && repeatRuleProblem(rule, firstDay);
  const { everyDays, count, untilMaxDays } = REPEAT_LIMITS;
  return (
    <fieldset className="choice-group">
      <legend className="field__label">Repeat</legend>
      {everyChoices.map((choice) => (
        <label key={choice.value} className="choice-group__option">
          <input type="radio" value={choice.value} {...register('repeatEvery')} />
          {choice.label}
        </label>
      ))}
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
      {rule ? (
        <fieldset className="choice-group">
          <legend className="field__label">For how long</legend>
          <label className="choice-group__option">
            <input type="radio" value="count" {...register('repeatEnd')} />
            For a number of times
          </label>
          <label className="choice-group__option">
            <input type="radio" value="until" {...register('repeatEnd')} />
            Until a date
          </label>
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
      ) : null}
      {rule ? (
        <p className={problem ? 'field__error' : 'field__hint'} aria-live="polite">
          {problem ??
            `${describeRepeat(rule, firstDay)}. Each is sent on its day; the first now. A repeating assignment cannot be a draft.`}
        </p>
      ) : null}
    </fieldset>
  );
}
