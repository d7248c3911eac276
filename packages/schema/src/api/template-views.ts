import { z } from 'zod';
import { worksheetKindSchema } from '../document/meta.js';
import { libraryTopicSchema, therapyApproachSchema } from '../library/libraryFacetSchemas.js';

const isoTime = z.string().meta({ description: 'ISO 8601 time', example: '2026-11-26T09:30:00.000Z' });

/** A template as the library lists it: a built-in one, or one of the practice's own. */
export const TemplateView = z
  .object({
    id: z.string(),
    source: z.enum(['built-in', 'practice']),
    version: z.number().int().meta({ description: 'Raised each time the template is saved' }),
    title: z.string(),
    kind: worksheetKindSchema,
    purpose: z.string().meta({ description: 'One line on the card: what the client does and why' }),
    description: z.string().meta({ description: 'For the therapist: when to use it' }),
    estimatedMinutes: z.number().int(),
    tags: z.array(z.string()),
    approaches: z.array(therapyApproachSchema),
    topics: z.array(libraryTopicSchema),
    evidence: z.string().nullable().meta({ description: 'What supports it, with sources (built-in only)' }),
    measure: z
      .object({ id: z.string(), version: z.number().int() })
      .nullable()
      .meta({ description: 'A scored questionnaire: assignable and previewable, never editable' }),
    questions: z.array(z.string()).meta({
      description: 'The words a person knows each block by (questions, scale labels, goals), for search',
    }),
    assignedCount: z.number().int().meta({ description: 'Worksheets assigned from it in this practice' }),
    archived: z.boolean(),
    basedOn: z
      .object({ id: z.string(), title: z.string() })
      .nullable()
      .meta({ description: 'The template it was duplicated from' }),
    updatedAt: isoTime.nullable(),
  })
  .meta({ id: 'Template' });

/** One template with its content (Tiptap JSON), for the preview and the template editor. */
export const TemplateDetailView = TemplateView.extend({
  content: z.record(z.string(), z.unknown()).meta({ description: 'Tiptap JSON document' }),
}).meta({ id: 'TemplateDetail' });

/** What a therapist may set on their own template (a measure cannot be made this way). */
export const TemplateInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    purpose: z.string().trim().max(300),
    description: z.string().trim().max(2_000),
    kind: worksheetKindSchema.exclude(['measure']),
    approaches: z.array(therapyApproachSchema).max(10),
    topics: z.array(libraryTopicSchema).max(10),
    estimatedMinutes: z
      .number()
      .int('Time to complete: whole minutes')
      .min(1, 'Time to complete: at least 1 minute')
      .max(240, 'Time to complete: at most 240 minutes'),
    tags: z.array(z.string().trim().min(1).max(60)).max(30),
    content: z.record(z.string(), z.unknown()).meta({ description: 'Tiptap JSON document' }),
  })
  .meta({ id: 'TemplateInput' });

/** The answer to importing a template file: the new template, or the built-in measure it turned out to be. */
export const TemplateImportView = z
  .object({
    template: TemplateDetailView.nullable().meta({
      description: 'The saved template; null when nothing was saved',
    }),
    sameAsBuiltIn: TemplateView.nullable().meta({
      description: 'The file is exactly a built-in scored measure: use that one (it is scored)',
    }),
    notes: z.array(z.string()).meta({ description: 'What was changed on the way in, in plain words' }),
  })
  .meta({ id: 'TemplateImport' });

/** Why a template file was refused: every problem, in words a therapist can act on. */
export const TemplateFileProblemView = z.object({ code: z.string(), message: z.string() });

export type ApiTemplate = z.infer<typeof TemplateView>;
export type ApiTemplateDetail = z.infer<typeof TemplateDetailView>;
export type ApiTemplateInput = z.infer<typeof TemplateInput>;
export type ApiTemplateImport = z.infer<typeof TemplateImportView>;
