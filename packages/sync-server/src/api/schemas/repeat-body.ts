import { z } from '@hono/zod-openapi';
import { REPEAT_LIMITS } from '@interlude/schema';

const { everyDays, count } = REPEAT_LIMITS;

/**
 * `repeat` in an assignment: the shape is checked here; whether the rule works from today (the end date at
 * most a year ahead, a second occurrence before it) is `repeatRuleProblem`, shared with the web form.
 */
export const RepeatBody = z
  .object({
    everyDays: z
      .number()
      .int()
      .min(everyDays.min, `Repeat every ${everyDays.min} to ${everyDays.max} days`)
      .max(everyDays.max, `Repeat every ${everyDays.min} to ${everyDays.max} days`)
      .openapi({ description: '1: every day, 7: every week, or any number of days up to 30' }),
    count: z
      .number()
      .int()
      .min(count.min, `Repeat ${count.min} to ${count.max} times`)
      .max(count.max, `Repeat ${count.min} to ${count.max} times`)
      .optional()
      .openapi({ description: 'How many times in all, the first included (give this or `until`)' }),
    until: z.iso
      .date('Use a calendar date like 2026-02-01')
      .optional()
      .openapi({ description: 'The last day an occurrence may fall on, at most a year ahead (or `count`)' }),
  })
  .refine((rule) => (rule.count === undefined) !== (rule.until === undefined), {
    message: 'Give either count (how many times) or until (an end date), exactly one of them',
  });
