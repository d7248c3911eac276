import { GAD7_V1 } from '../../measures/gad7.js';
import { measureContent } from '../../measures/measureContent.js';
import type { MeasureDefinition } from '../../measures/measureDefinition.js';
import { PHQ9_V1 } from '../../measures/phq9.js';
import { defineTemplate } from '../worksheetTemplate.js';

function measureTemplate(measure: MeasureDefinition, description: string, tags: string[]) {
  return defineTemplate({
    id: measure.id,
    version: measure.version,
    title: measure.name,
    kind: 'measure',
    description,
    estimatedMinutes: 3,
    tags: ['measure', ...tags],
    measure: { id: measure.id, version: measure.version },
    content: measureContent(measure),
  });
}

export const phq9Template = measureTemplate(
  PHQ9_V1,
  'The nine-item depression questionnaire, scored 0–27 with severity bands. Scored automatically; any answer above 0 on item 9 (thoughts of death or self-harm) is flagged to you at once. Assigned as published: the wording cannot be edited.',
  ['depression', 'screening', 'outcome'],
);

export const gad7Template = measureTemplate(
  GAD7_V1,
  'The seven-item anxiety questionnaire, scored 0–21 with severity bands; 10 or more suggests further evaluation. Scored automatically and assigned as published: the wording cannot be edited.',
  ['anxiety', 'screening', 'outcome'],
);
