import { describe, expect, test } from 'vitest';
import { choice, doc, paragraph, prompt, scale, text } from '../content/builders.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { measureItemTemplates } from '../permissions/measureItems.js';
import { TEMPLATE_FILE_LIMITS } from '../template-files/templateFileFormat.js';
import { writeTemplateFile } from '../template-files/writeTemplateFile.js';
import { findTemplate, templateCatalogue } from '../templates/templateCatalogue.js';
import { readTemplateFile } from './readTemplateFile.js';

const exportedAt = new Date('2026-12-01T10:00:00Z');
const thoughtRecord = findTemplate('thought-record')!;
const phq9 = findTemplate('phq-9')!;

/** A valid file of the thought record, as an object a test can spoil before it is read. */
function fileObject(): { format: unknown; formatVersion: unknown; template: Record<string, unknown> } {
  return JSON.parse(writeTemplateFile(thoughtRecord, exportedAt));
}

function withContent(content: unknown) {
  const file = fileObject();
  file.template.content = content;
  return JSON.stringify(file);
}

function problemsOf(file: string) {
  const reading = readTemplateFile(file);
  if (reading.ok) throw new Error('expected the file to be refused');
  return reading.problems;
}

describe('a good file', () => {
  test.each(
    templateCatalogue.filter((template) => !template.measure).map((template) => [template.id, template]),
  )('%s: exported and imported again gives the identical template', (_id, template) => {
    const reading = readTemplateFile(writeTemplateFile(template, exportedAt));
    expect(reading).toEqual({
      ok: true,
      notes: [],
      template: {
        title: template.title,
        purpose: template.purpose,
        description: template.description,
        kind: template.kind,
        approaches: template.approaches,
        topics: template.topics,
        estimatedMinutes: template.estimatedMinutes,
        tags: template.tags,
        content: template.content,
      },
    });
  });
});

describe('each kind of bad file is refused with a reason, and yields nothing', () => {
  test('over 1 MiB', () => {
    const file = JSON.stringify({ ...fileObject(), padding: 'x'.repeat(TEMPLATE_FILE_LIMITS.maxBytes) });
    expect(problemsOf(file)).toEqual([expect.objectContaining({ code: 'too-large' })]);
    expect(problemsOf(file)[0]!.message).toMatch(/at most 1 MB/);
  });

  test('not JSON', () => {
    expect(problemsOf('<html><body>A worksheet</body></html>')).toEqual([
      expect.objectContaining({ code: 'not-json' }),
    ]);
  });

  test('JSON that is not a template file', () => {
    expect(problemsOf('{"type":"doc","content":[]}')).toEqual([
      expect.objectContaining({ code: 'not-a-template-file' }),
    ]);
    expect(problemsOf('[1,2,3]')[0]!.code).toBe('not-a-template-file');
  });

  test('an unknown format version, newer or not', () => {
    const newer = { ...fileObject(), formatVersion: 7 };
    expect(problemsOf(JSON.stringify(newer))[0]).toMatchObject({ code: 'newer-format' });
    expect(problemsOf(JSON.stringify(newer))[0]!.message).toMatch(/newer version of Interlude/);
    const odd = { ...fileObject(), formatVersion: 'one' };
    expect(problemsOf(JSON.stringify(odd))[0]).toMatchObject({ code: 'unknown-format-version' });
  });

  test('unknown block kinds and formatting, each named with where it is', () => {
    const content = doc(paragraph('Hello'), { type: 'video', attrs: { src: 'x' } });
    content.content!.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Hi', marks: [{ type: 'blink' }] }],
    });
    const problems = problemsOf(withContent(content));
    expect(problems.map((found) => found.code)).toEqual(['unknown-block', 'unknown-formatting']);
    expect(problems[0]!.message).toBe('Block 2 is a “video”, a kind of block Interlude does not have.');
    expect(problems[1]!.message).toMatch(/“blink” formatting/);
  });

  test('settings out of range, named by the question they belong to', () => {
    const content = doc(scale({ id: 'mood', label: 'Mood today', min: 0, max: 10, value: 42 }));
    const problems = problemsOf(withContent(content));
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-settings' })]);
    expect(problems[0]!.message).toMatch(/“Mood today”/);
  });

  test('details out of range: no title, an unknown kind, a day-long time', () => {
    const file = fileObject();
    file.template.title = '  ';
    file.template.kind = 'quiz';
    file.template.estimatedMinutes = 5000;
    const problems = problemsOf(JSON.stringify(file));
    expect(problems.map((found) => found.code)).toEqual([
      'invalid-details',
      'invalid-details',
      'invalid-details',
    ]);
    expect(problems.map((found) => found.message).join(' ')).toMatch(/title.*kind.*time to complete/s);
  });

  test('blocks arranged as no worksheet allows', () => {
    const content = doc(paragraph('Fine'));
    content.content!.push({ type: 'text', text: 'loose text at the top level' });
    expect(problemsOf(withContent(content))[0]!.code).toBe('invalid-structure');
    expect(problemsOf(withContent(paragraph('not a document')))[0]!.code).toBe('invalid-structure');
  });

  test('node counts and nesting far above any real worksheet', () => {
    const many = doc(
      ...Array.from({ length: TEMPLATE_FILE_LIMITS.maxNodes }, (_, index) => paragraph(`${index}`)),
    );
    expect(problemsOf(withContent(many))[0]!.code).toBe('too-many-blocks');
    // Built as text: JSON.stringify itself cannot nest this deep.
    const levels = 1_500; // fewer nodes than the limit, 75 times deeper than allowed
    const deep = `${'{"type":"blockquote","content":['.repeat(levels)}${JSON.stringify(paragraph('bottom'))}${']}'.repeat(levels)}`;
    const file = withContent(doc()).replace('"content":[]', `"content":[${deep}]`);
    expect(problemsOf(file)[0]!.code).toBe('nested-too-deep');
  });
});

describe('what is kept, and what is changed on the way in', () => {
  test('text carrying markup stays plain text, and the therapist is told', () => {
    const markup = '<img src=x onerror="alert(1)"> <b>bold?</b>';
    const reading = readTemplateFile(
      withContent(doc(paragraph(markup), prompt({ id: 'p', question: '<script>x</script>' }))),
    );
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(JSON.stringify(reading.template.content)).toContain(JSON.stringify(markup).slice(1, -1));
    expect(reading.notes).toEqual([expect.stringMatching(/kept as plain text/)]);
  });

  test('a javascript: link loses its link and keeps its text; a web link stays', () => {
    const linked = (href: string, words: string) => ({
      ...text(words),
      marks: [{ type: 'link', attrs: { href } }],
    });
    const content = doc({
      type: 'paragraph',
      content: [
        linked('javascript:alert(document.cookie)', 'Click me'),
        text(' and '),
        linked('https://example.org/help', 'help'),
      ],
    });
    const reading = readTemplateFile(withContent(content));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    // The unlinked text joins the plain text after it, as the editor would hold it.
    const [clickMe, help] = reading.template.content.content![0]!.content!;
    expect(clickMe).toEqual({ type: 'text', text: 'Click me and ' });
    expect(help!.marks![0]!.attrs!.href).toBe('https://example.org/help');
    expect(reading.notes).toEqual([expect.stringMatching(/link to “javascript:alert.*was removed/)]);
  });

  test('a file that is exactly the PHQ-9 points to the built-in, which is scored', () => {
    const reading = readTemplateFile(writeTemplateFile(phq9, exportedAt));
    expect(reading).toMatchObject({ ok: true, sameAsBuiltInMeasure: { id: 'phq-9', version: 1 } });
  });

  test('a file that claims to be the PHQ-9 but differs is imported as an unscored copy', () => {
    const file = JSON.parse(writeTemplateFile(phq9, exportedAt));
    const items = file.template.content.content.filter((node: WorksheetJSON) => node.type === 'choice');
    items[2].attrs.label = 'Do you sleep well?';
    const reading = readTemplateFile(JSON.stringify(file));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.sameAsBuiltInMeasure).toBeUndefined();
    expect(reading.template).not.toHaveProperty('measure');
    expect(reading.template.kind).toBe('worksheet');
    expect(measureItemTemplates(reading.template.content)).toEqual([]);
    expect(reading.notes).toEqual([expect.stringMatching(/says it is PHQ-9.*not scored/)]);
  });

  test('measure items smuggled into an ordinary template are made ordinary choices', () => {
    const smuggled = choice({
      id: 'c',
      label: 'Little interest',
      options: [{ value: 0, label: 'No' }],
      measureId: 'phq-9',
      measureVersion: 1,
      itemId: '1',
      required: true,
    });
    const reading = readTemplateFile(withContent(doc(smuggled)));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(measureItemTemplates(reading.template.content)).toEqual([]);
  });
});
