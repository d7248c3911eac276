import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEntryJSON, doc, paragraph, prompt, scale } from '../content/builders.js';
import { sampleDiaryFields, sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { encodeWorksheetSeed, worksheetDocToJSON } from '../tiptap/worksheetDoc.js';
import { completion } from './completion.js';
import { extractResponses } from './extractResponses.js';

const meta = {
  schemaVersion: 1,
  title: 'Sample',
  kind: 'worksheet' as const,
  templateId: null,
  templateVersion: null,
};

function throughYjs(json: ReturnType<typeof sampleWorksheet>) {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, encodeWorksheetSeed(json, meta));
  return worksheetDocToJSON(ydoc).content;
}

describe('extractResponses', () => {
  it('lists every answerable node outside entries with kind, label, metric key and value', () => {
    const { responses } = extractResponses(throughYjs(sampleWorksheet()));
    expect(responses.map(({ nodeId, kind, value }) => [nodeId, kind, value])).toEqual([
      ['situation', 'prompt', 'I was at work and my manager frowned.'],
      ['thought', 'prompt', null],
      ['anxiety', 'scale', 65],
      ['planned', 'choice', null],
      ['traps', 'checklist', ['mind-reading']],
      ['minutes', 'field', 20],
      ['walk', 'goal', 30],
      ['shoes', 'goalStep', true],
      ['route', 'goalStep', false],
    ]);
    expect(responses.find((response) => response.nodeId === 'anxiety')).toEqual({
      nodeId: 'anxiety',
      kind: 'scale',
      label: 'How anxious were you?',
      metricKey: 'suds',
      required: true,
      value: 65,
      measure: null,
    });
  });

  it('lists entry groups with each entry, its date and its fields', () => {
    const { entryGroups } = extractResponses(throughYjs(sampleWorksheet()));
    expect(entryGroups).toHaveLength(1);
    const [diary] = entryGroups;
    expect(diary).toMatchObject({ nodeId: 'diary', label: 'Mood diary', entryLabel: 'Day' });
    expect(diary!.entries).toEqual([
      {
        entryId: 'monday',
        date: '2026-11-23',
        fields: [
          expect.objectContaining({ kind: 'field', label: 'Time', value: '08:30' }),
          expect.objectContaining({ kind: 'scale', label: 'Mood', metricKey: 'mood', value: 4 }),
          expect.objectContaining({ kind: 'prompt', label: 'What happened?', value: 'Slept badly.' }),
        ],
      },
    ]);
  });

  it('does not mistake worksheet nodes inside a prompt answer for questions', () => {
    const nested = doc(
      prompt({ id: 'outer', question: 'Q' }, [scale({ id: 'inner', label: 'x', min: 0, max: 1 })]),
    );
    expect(extractResponses(nested).responses.map((response) => response.nodeId)).toEqual(['outer']);
  });

  it('extracts a new empty entry with unanswered fields', () => {
    const json = sampleWorksheet();
    const diary = json.content!.find((node) => node.type === 'entryGroup')!;
    diary.content = [...diary.content!, createEntryJSON(sampleDiaryFields, '2026-11-24')];
    const { entryGroups } = extractResponses(throughYjs(json));
    const added = entryGroups[0]!.entries[1]!;
    expect(added.date).toBe('2026-11-24');
    expect(added.fields.map((field) => field.value)).toEqual([null, null, null]);
  });
});

describe('completion', () => {
  it('counts required questions outside entries', () => {
    expect(completion(sampleWorksheet())).toEqual({ requiredAnswered: 2, requiredTotal: 3, ratio: 2 / 3 });
  });

  it('treats whitespace-only answers as unanswered', () => {
    const json = doc(prompt({ question: 'Q', required: true }, [paragraph('   ')]));
    expect(completion(json)).toEqual({ requiredAnswered: 0, requiredTotal: 1, ratio: 0 });
  });

  it('counts a worksheet with nothing required as complete once anything is answered', () => {
    expect(completion(doc(prompt({ question: 'Q' })))).toMatchObject({ ratio: 0 });
    expect(completion(doc(prompt({ question: 'Q' }, [paragraph('Yes')])))).toMatchObject({ ratio: 1 });
  });
});
