import { readWorksheetContent } from '@interlude/schema/tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentOf, nodeById, templateOfDoc } from '../testing/read-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { answerEnd, answerStart, placeCursor, typeText } from '../testing/simulate-input.js';
import { connect, createTestEditor, replicaOf, seededDoc } from '../testing/worksheet-test-editor.js';

/** Sends each document what the other lacks, as a relay does when two devices come back online. */
function exchange(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'relay');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'relay');
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function session() {
  const clientDoc = seededDoc(respondFixture());
  const therapistDoc = replicaOf(clientDoc);
  const client = createTestEditor(clientDoc, 'respond');
  const therapist = createTestEditor(therapistDoc, 'author', { confirmAnswerLoss: () => true });
  cleanups.push(
    () => client.destroy(),
    () => therapist.destroy(),
  );
  return { clientDoc, therapistDoc, client, therapist };
}

describe('two people on one worksheet', () => {
  it('converge after typing into the same answer, moving the same scale and ticking steps while apart', () => {
    const { clientDoc, therapistDoc, client, therapist } = session();

    placeCursor(client, answerEnd(client.state.doc, 'situation'));
    typeText(client, ' (client)');
    placeCursor(therapist, answerEnd(therapist.state.doc, 'situation'));
    typeText(therapist, ' (therapist)');
    client.commands.updateWorksheetNode('anxiety', { value: 3 });
    therapist.commands.updateWorksheetNode('anxiety', { value: 8 });
    client.commands.updateWorksheetNode('shoes', { checked: true });
    therapist.commands.updateWorksheetNode('route', { checked: true });
    therapist.commands.updateWorksheetNode('shoes', { checked: false });

    exchange(clientDoc, therapistDoc);

    const merged = readWorksheetContent(clientDoc);
    expect(readWorksheetContent(therapistDoc)).toEqual(merged);
    expect(contentOf(client)).toEqual(merged);
    expect(contentOf(therapist)).toEqual(merged);
    const answer = nodeById(merged, 'situation')?.content?.[0]?.content?.[0]?.text ?? '';
    expect(answer).toContain(' (client)');
    expect(answer).toContain(' (therapist)');
    expect([3, 8]).toContain(nodeById(merged, 'anxiety')?.attrs?.value);
    expect(nodeById(merged, 'route')?.attrs?.checked).toBe(true);
  });

  it('converge while connected live, typing turn by turn into one answer', () => {
    const { clientDoc, therapistDoc, client, therapist } = session();
    cleanups.push(connect(clientDoc, therapistDoc));

    for (let turn = 0; turn < 20; turn += 1) {
      const [typist, letter] = turn % 2 === 0 ? [client, 'c'] : [therapist, 't'];
      placeCursor(typist, answerStart(typist.state.doc, 'thought'));
      typeText(typist, letter);
      typist.commands.updateWorksheetNode('anxiety', { value: turn % 11 });
      typist.commands.updateWorksheetNode(turn % 3 === 0 ? 'shoes' : 'route', { checked: turn % 4 < 2 });
    }

    const merged = readWorksheetContent(clientDoc);
    expect(readWorksheetContent(therapistDoc)).toEqual(merged);
    expect(contentOf(client)).toEqual(merged);
    expect(contentOf(therapist)).toEqual(merged);
    expect(nodeById(merged, 'thought')?.content?.[0]?.content?.[0]?.text).toHaveLength(20);
    expect(nodeById(merged, 'anxiety')?.attrs?.value).toBe(19 % 11);
  });

  it('applies the therapist’s template changes in the client’s editor: remote changes are never filtered', () => {
    const { clientDoc, therapistDoc, client, therapist } = session();
    cleanups.push(connect(clientDoc, therapistDoc));

    therapist.commands.updateWorksheetNode('situation', { question: 'What happened, exactly?' });
    placeCursor(therapist, therapist.state.doc.content.size - 1);
    therapist.commands.insertWorksheetNode('scale');

    expect(nodeById(contentOf(client), 'situation')?.attrs?.question).toBe('What happened, exactly?');
    expect(contentOf(client)).toEqual(contentOf(therapist));
    expect(templateOfDoc(clientDoc)).toEqual(templateOfDoc(therapistDoc));
  });

  it('lets a client’s undo take back only the client’s own answers, never the therapist’s edits', () => {
    const { clientDoc, therapistDoc, client, therapist } = session();
    cleanups.push(connect(clientDoc, therapistDoc));

    placeCursor(client, answerEnd(client.state.doc, 'situation'));
    typeText(client, ' on Monday');
    therapist.commands.updateWorksheetNode('situation', { guidance: 'Be specific.' });
    therapist.commands.updateWorksheetNode('planned', { value: 'planned' });
    client.commands.updateWorksheetNode('anxiety', { value: 5 });
    const templateWithTherapistEdits = templateOfDoc(clientDoc);

    while (client.commands.undo()) {
      // Everything the client can undo.
    }

    const after = readWorksheetContent(clientDoc);
    expect(nodeById(after, 'situation')?.content?.[0]?.content?.[0]?.text).toBe('At work');
    expect(nodeById(after, 'anxiety')?.attrs?.value).toBeNull();
    expect(nodeById(after, 'planned')?.attrs?.value).toBe('planned');
    expect(templateOfDoc(clientDoc)).toEqual(templateWithTherapistEdits);
    expect(readWorksheetContent(therapistDoc)).toEqual(after);
  });
});
