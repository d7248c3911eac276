import type { RepeatRule } from '@interlude/schema';

/** The assign form's repeat choices, as typed (numbers arrive as text). */
export interface RepeatFormValues {
  repeatEvery: 'none' | '1' | '7' | 'custom';
  customDays: string;
  repeatEnd: 'count' | 'until';
  repeatCount: string;
  repeatUntil: string;
}

export const noRepeat: RepeatFormValues = {
  repeatEvery: 'none',
  customDays: '3',
  repeatEnd: 'count',
  repeatCount: '4',
  repeatUntil: '',
};

/** The rule the choices make, or null for "Does not repeat". Range checks are `repeatRuleProblem`'s. */
export function repeatRuleFrom(values: RepeatFormValues): RepeatRule | null {
  if (values.repeatEvery === 'none') return null;
  const everyDays = values.repeatEvery === 'custom' ? Number(values.customDays) : Number(values.repeatEvery);
  return values.repeatEnd === 'count'
    ? { everyDays, count: Number(values.repeatCount) }
    : { everyDays, until: values.repeatUntil };
}
