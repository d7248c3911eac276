import { z } from 'zod';
import { deepFreeze } from '../content/deepFreeze.js';
import { walkWorksheet } from '../content/walkWorksheet.js';
import { attributesOf, type WorksheetJSON } from '../content/worksheetJSON.js';
import {
  type MeasureRef,
  measureRefSchema,
  type WorksheetKind,
  worksheetKindSchema,
} from '../document/meta.js';
import { libraryTopicSchema, therapyApproachSchema } from '../library/libraryFacetSchemas.js';
import type { LibraryTopic, TherapyApproach } from '../library/libraryFacets.js';
import { entryFieldDefinitionSchema } from '../nodes/entryFieldDefinition.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';

/** A template of the built-in library: what the therapist browses, and the content a worksheet is seeded with. */
export interface WorksheetTemplate {
  readonly id: string;
  /** Raised whenever `content` changes; worksheets record the version they were seeded from. */
  readonly version: number;
  readonly title: string;
  readonly kind: WorksheetKind;
  /** For the therapist choosing it: what it is for and when to use it. */
  readonly description: string;
  /** One line on a library card: what the client does and why. */
  readonly purpose: string;
  readonly estimatedMinutes: number;
  readonly tags: readonly string[];
  readonly approaches: readonly TherapyApproach[];
  readonly topics: readonly LibraryTopic[];
  /** For the practitioner: what supports using it, with sources (built-in templates only). */
  readonly evidence?: string;
  /** Metric keys of its recurring ratings, for charting across weeks (derived from the content). */
  readonly metricKeys: readonly string[];
  readonly measure?: MeasureRef;
  readonly content: WorksheetJSON;
}

export const worksheetTemplateSummarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  title: z.string().min(1),
  kind: worksheetKindSchema,
  description: z.string().min(1),
  purpose: z.string().min(1),
  estimatedMinutes: z.number().int().positive(),
  tags: z.array(z.string().min(1)),
  approaches: z.array(therapyApproachSchema).min(1),
  topics: z.array(libraryTopicSchema).min(1),
  evidence: z.string().min(1).optional(),
  metricKeys: z.array(z.string().min(1)),
  measure: measureRefSchema.optional(),
});

/** Every metric key a worksheet's ratings carry, entry field definitions included, without repeats. */
export function metricKeysOf(content: WorksheetJSON): string[] {
  const keys = new Set<string>();
  walkWorksheet(content, (node) => {
    const attrs = attributesOf(node);
    if (typeof attrs.metricKey === 'string') keys.add(attrs.metricKey);
    if (node.type === NODE_NAMES.entryGroup) {
      for (const definition of entryFieldDefinitionSchema.array().parse(attrs.fields)) {
        if ('metricKey' in definition && definition.metricKey) keys.add(definition.metricKey);
      }
    }
  });
  return [...keys];
}

/**
 * A template with its metric keys read from its content, so the two cannot drift apart. Frozen: the catalogue
 * is shared by every caller in the process.
 */
export function defineTemplate(template: Omit<WorksheetTemplate, 'metricKeys'>): WorksheetTemplate {
  return deepFreeze({ ...template, metricKeys: metricKeysOf(template.content) });
}
