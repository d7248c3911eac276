import { GAD7_V1 } from './gad7.js';
import type { MeasureDefinition } from './measureDefinition.js';
import { PHQ9_V1 } from './phq9.js';

/**
 * Every scored measure by id, then by version. A version is never edited once shipped: a worksheet scored
 * against version 1 must score the same forever; a corrected wording is a new version.
 */
export const measureCatalogue: Readonly<Record<string, Readonly<Record<number, MeasureDefinition>>>> = {
  [PHQ9_V1.id]: { [PHQ9_V1.version]: PHQ9_V1 },
  [GAD7_V1.id]: { [GAD7_V1.version]: GAD7_V1 },
};

export function findMeasure(id: string, version: number): MeasureDefinition | undefined {
  return measureCatalogue[id]?.[version];
}
