import type { LibraryTopic } from '../../library/libraryFacets.js';
import { GAD7_V1 } from '../../measures/gad7.js';
import { measureContent } from '../../measures/measureContent.js';
import type { MeasureDefinition } from '../../measures/measureDefinition.js';
import { PHQ9_V1 } from '../../measures/phq9.js';
import { defineTemplate } from '../worksheetTemplate.js';

interface MeasureListing {
  description: string;
  purpose: string;
  tags: string[];
  topics: LibraryTopic[];
  evidence: string;
}

function measureTemplate(measure: MeasureDefinition, listing: MeasureListing) {
  return defineTemplate({
    id: measure.id,
    version: measure.version,
    title: measure.name,
    kind: 'measure',
    description: listing.description,
    purpose: listing.purpose,
    estimatedMinutes: 3,
    tags: ['measure', ...listing.tags],
    approaches: ['measurement-based-care'],
    topics: listing.topics,
    evidence: listing.evidence,
    measure: { id: measure.id, version: measure.version },
    content: measureContent(measure),
  });
}

export const phq9Template = measureTemplate(PHQ9_V1, {
  description:
    'The nine-item depression questionnaire, scored 0–27 with severity bands. Scored automatically; any answer above 0 on item 9 (thoughts of death or self-harm) is flagged to you at once. Assigned as published: the wording cannot be edited.',
  purpose: 'Screen for depression and track its severity over time (0–27).',
  tags: ['depression', 'screening', 'outcome'],
  topics: ['mood'],
  evidence:
    'Validated in primary care (Kroenke, Spitzer and Williams, 2001): a total of 10 or more detects major depression with good sensitivity and specificity; 5, 10, 15 and 20 mark mild, moderate, moderately severe and severe. Free to reproduce (Pfizer).',
});

export const gad7Template = measureTemplate(GAD7_V1, {
  description:
    'The seven-item anxiety questionnaire, scored 0–21 with severity bands; 10 or more suggests further evaluation. Scored automatically and assigned as published: the wording cannot be edited.',
  purpose: 'Screen for anxiety and track its severity over time (0–21).',
  tags: ['anxiety', 'screening', 'outcome'],
  topics: ['anxiety', 'worry'],
  evidence:
    'Validated by Spitzer and colleagues (2006): a total of 10 or more detects generalised anxiety disorder with good sensitivity and specificity, and it also screens reasonably for panic, social anxiety and PTSD; 5, 10 and 15 mark mild, moderate and severe. Free to reproduce (Pfizer).',
});
