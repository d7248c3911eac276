import { z } from 'zod';
import { measureRefSchema, worksheetKindSchema } from '../document/meta.js';
import { libraryTopicSchema, therapyApproachSchema } from '../library/libraryFacetSchemas.js';

/** What the first field of every template file says, so another JSON file is told apart at once. */
export const TEMPLATE_FILE_FORMAT = 'interlude-template';
/** Raised when a file written by this version could not be read correctly by an older one. */
export const TEMPLATE_FILE_VERSION = 1;

/** Bounds far above any real worksheet (the largest built-in has under 100 blocks, 3 levels deep). */
export const TEMPLATE_FILE_LIMITS = {
  maxBytes: 1024 * 1024,
  maxNodes: 2_000,
  maxDepth: 20,
} as const;

/** One node of the content: ProseMirror JSON, checked against the worksheet schema after this shape. */
export interface TemplateFileNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TemplateFileNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** The shape of one content node (before the worksheet schema judges it). */
export const templateFileNodeSchema: z.ZodType<TemplateFileNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(templateFileNodeSchema).optional(),
    text: z.string().optional(),
    marks: z
      .array(
        z.object({ type: z.string().min(1).max(100), attrs: z.record(z.string(), z.unknown()).optional() }),
      )
      .optional(),
  }),
);

/** The template itself: what the library shows and the content a worksheet is seeded with. */
export const templateFileTemplateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  purpose: z.string().trim().max(300).default(''),
  description: z.string().trim().max(2_000).default(''),
  kind: worksheetKindSchema,
  approaches: z.array(therapyApproachSchema).max(10).default([]),
  topics: z.array(libraryTopicSchema).max(10).default([]),
  estimatedMinutes: z.number().int().min(1).max(240),
  tags: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  /** Set only when the file claims to be a scored measure of the catalogue. */
  measure: measureRefSchema.optional(),
  content: templateFileNodeSchema,
});

/** A whole template file (version 1). docs/template-file.schema.json is generated from this. */
export const templateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  formatVersion: z.literal(TEMPLATE_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  template: templateFileTemplateSchema,
});

export type TemplateFile = z.infer<typeof templateFileSchema>;
export type TemplateFileTemplate = z.infer<typeof templateFileTemplateSchema>;

/** The file format as a JSON Schema (draft 2020-12), for docs/template-file.schema.json and other tools. */
export function templateFileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://interlude.app/schemas/template-file-1.json',
    title: 'Interlude template file, format version 1',
    description:
      'A homework template exported from Interlude. The content is ProseMirror JSON of a worksheet; importing checks it against the worksheet schema (docs/template-file.md).',
    ...z.toJSONSchema(templateFileSchema, { io: 'input' }),
  };
}
