import { z } from 'zod';
import { WORKSHEET_KINDS } from './worksheetKinds.js';

export { WORKSHEET_KINDS, type WorksheetKind } from './worksheetKinds.js';

export const worksheetKindSchema = z.enum(WORKSHEET_KINDS);

/** Which scored measure a worksheet is; scoring looks the version up in the measure catalogue. */
export const measureRefSchema = z.object({ id: z.string().min(1), version: z.number().int().positive() });
export type MeasureRef = z.infer<typeof measureRefSchema>;

/** The `meta` map of a worksheet's Y.Doc. Optional keys are absent from the map, never stored as null. */
export const worksheetMetaSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  title: z.string(),
  kind: worksheetKindSchema,
  // null for a worksheet written from scratch rather than from the catalogue.
  templateId: z.string().nullable(),
  templateVersion: z.number().int().positive().nullable(),
  measure: measureRefSchema.optional(),
  // Written by the client's device in its own clock, so handing in works offline.
  handedInAt: z.iso.datetime({ offset: true }).optional(),
});
export type WorksheetMeta = z.infer<typeof worksheetMetaSchema>;
export type WorksheetMetaKey = keyof WorksheetMeta;
