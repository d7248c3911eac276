import type { MeasureOption } from './measureDefinition.js';

/** The four answers shared by the PHQ-9 and GAD-7 items (official wording). */
export const FREQUENCY_OPTIONS: readonly MeasureOption[] = [
  { value: 0, label: 'Not at all', score: 0 },
  { value: 1, label: 'Several days', score: 1 },
  { value: 2, label: 'More than half the days', score: 2 },
  { value: 3, label: 'Nearly every day', score: 3 },
];

/** The unscored functional-difficulty question asked after the PHQ-9 and GAD-7 items (official wording). */
export const DIFFICULTY_QUESTION = {
  itemId: 'difficulty',
  text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  options: [
    { value: 0, label: 'Not difficult at all', score: 0 },
    { value: 1, label: 'Somewhat difficult', score: 0 },
    { value: 2, label: 'Very difficult', score: 0 },
    { value: 3, label: 'Extremely difficult', score: 0 },
  ],
} as const;

export const PHQ_SOURCE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
