import type { z } from 'zod';
import { jsonEqual } from '../content/jsonEqual.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import type { MeasureRef } from '../document/meta.js';
import { findMeasure } from '../measures/measureCatalogue.js';
import { measureContent } from '../measures/measureContent.js';
import { measureItemTemplates } from '../permissions/measureItems.js';
import { shortened } from '../template-files/contentShape.js';
import { sanitizeTemplateText } from '../template-files/sanitizeTemplateText.js';
import {
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_LIMITS,
  TEMPLATE_FILE_VERSION,
  type TemplateFileTemplate,
  templateFileSchema,
} from '../template-files/templateFileFormat.js';
import { problem, type TemplateFileProblem } from '../template-files/templateFileProblem.js';
import { tooLargeProblem } from '../template-files/tooLargeProblem.js';
import { unscoredCopy } from '../templates/unscoredCopy.js';
import { checkTemplateContent, contentSizeProblem } from './checkTemplateContent.js';

/** A template read from a file, ready to be saved as one of the practice's own (never as a measure). */
export type ImportedTemplate = Omit<TemplateFileTemplate, 'measure' | 'content'> & { content: WorksheetJSON };

export type TemplateFileReading =
  | {
      ok: true;
      template: ImportedTemplate;
      /** What was changed on the way in, for the therapist to read. */
      notes: string[];
      /** The file is exactly a measure of the catalogue: use the built-in, which is scored. */
      sameAsBuiltInMeasure?: MeasureRef;
    }
  | { ok: false; problems: TemplateFileProblem[] };

const failed = (...problems: TemplateFileProblem[]): TemplateFileReading => ({ ok: false, problems });

/**
 * Reads a template file (docs/template-file.md) without trusting anything in it. Every problem is
 * explained; a file with any problem yields nothing at all, so nothing partial is ever saved.
 */
export function readTemplateFile(file: string): TemplateFileReading {
  const bytes = utf8ByteLength(file);
  if (bytes > TEMPLATE_FILE_LIMITS.maxBytes) return failed(tooLargeProblem(bytes));
  let json: unknown;
  try {
    json = JSON.parse(file);
  } catch {
    return failed(
      problem(
        'not-json',
        'This is not a template file: its contents cannot be read as JSON. Export the template again from Interlude and import the .json file it gives you.',
      ),
    );
  }
  const envelope = json as { format?: unknown; formatVersion?: unknown; template?: { content?: unknown } };
  if (typeof json !== 'object' || json === null || envelope.format !== TEMPLATE_FILE_FORMAT) {
    return failed(
      problem(
        'not-a-template-file',
        'This JSON file is not an Interlude template: it does not say "format": "interlude-template".',
      ),
    );
  }
  if (envelope.formatVersion !== TEMPLATE_FILE_VERSION) {
    const newer =
      typeof envelope.formatVersion === 'number' && envelope.formatVersion > TEMPLATE_FILE_VERSION;
    return failed(
      newer
        ? problem(
            'newer-format',
            `This template was saved by a newer version of Interlude (file format ${envelope.formatVersion}); this one reads format ${TEMPLATE_FILE_VERSION}. Ask whoever sent it to update, or to export it again from their version.`,
          )
        : problem(
            'unknown-format-version',
            `This template file has an unknown format version (${JSON.stringify(envelope.formatVersion)}); Interlude reads version ${TEMPLATE_FILE_VERSION}.`,
          ),
    );
  }
  // Before the schema parse, which recurses: a hostile file may nest content 100,000 deep.
  const tooBig = contentSizeProblem(envelope.template?.content);
  if (tooBig) return failed(tooBig);
  const parsed = templateFileSchema.safeParse(json);
  if (!parsed.success) return failed(...parsed.error.issues.map(describeDetailIssue));
  return readContent(parsed.data.template);
}

function readContent(template: TemplateFileTemplate): TemplateFileReading {
  const notes: string[] = [];
  const sanitized = sanitizeTemplateText(template.content);
  for (const href of sanitized.removedLinks) {
    notes.push(`A link to “${shortened(href)}” was removed because it could run code; its text is kept.`);
  }
  if (sanitized.keptMarkup) {
    notes.push('Some text looks like web page code; it is kept as plain text and shown exactly as written.');
  }
  const checked = checkTemplateContent(sanitized.content);
  if (!checked.ok) return failed(...checked.problems);
  return asOwnTemplate(template, checked.content, notes);
}

/** A file may claim to be a scored measure; it is one only if its items are the published ones. */
function asOwnTemplate(
  template: TemplateFileTemplate,
  content: WorksheetJSON,
  notes: string[],
): TemplateFileReading {
  const { measure: claimed, content: _content, ...details } = template;
  const published = claimed && findMeasure(claimed.id, claimed.version);
  const carriesItems = measureItemTemplates(content).length > 0;
  if (
    published &&
    jsonEqual(measureItemTemplates(content), measureItemTemplates(measureContent(published)))
  ) {
    return { ok: true, template: { ...details, content }, notes, sameAsBuiltInMeasure: claimed };
  }
  if (claimed || carriesItems || details.kind === 'measure') {
    const name = published?.name ?? claimed?.id ?? 'a scored questionnaire';
    notes.push(
      `This file says it is ${name}, but its questions differ from the published version, so it was imported as an ordinary template that is not scored.`,
    );
  }
  return {
    ok: true,
    template: {
      ...details,
      kind: details.kind === 'measure' ? 'worksheet' : details.kind,
      content: carriesItems ? unscoredCopy(content) : content,
    },
    notes,
  };
}

const DETAIL_NAMES: Record<string, string> = {
  title: 'title',
  purpose: 'purpose',
  description: 'description',
  kind: 'kind',
  approaches: 'approaches',
  topics: 'topics',
  estimatedMinutes: 'time to complete',
  tags: 'tags',
  measure: 'measure',
  content: 'content',
};

function describeDetailIssue(issue: z.core.$ZodIssue): TemplateFileProblem {
  const [section, field] = issue.path;
  const name = section === 'template' && typeof field === 'string' ? DETAIL_NAMES[field] : undefined;
  const where = name ? `The template's ${name}` : `The file's “${issue.path.join('.') || 'top level'}”`;
  return problem('invalid-details', `${where} is not valid: ${issue.message}.`);
}

/** Bytes the text takes in UTF-8, as the file did on disk (the schema package has no TextEncoder). */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
