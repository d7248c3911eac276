import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { ServerSession } from '../accounts/server-session.js';
import { clientEdits } from './client-edits.js';
import { ProgressHarness } from './progress-harness.js';

/** Private notes live in SQL only and reach nobody but their therapist: no route, socket or export. */
let harness: ProgressHarness;
const secret = 'PRIVATE-NOTE-never-to-the-client';

beforeEach(async () => {
  harness = await ProgressHarness.start();
});

afterEach(async () => {
  await harness.close();
});

interface Note {
  id: string;
  worksheetId: string | null;
  body: string;
}

const notesPath = () => `/api/clients/${harness.clientId}/notes`;

describe('private notes', () => {
  test('a therapist adds, lists by worksheet, changes and deletes their notes', async () => {
    const worksheetId = await harness.assign('mood-journal');
    const general = await harness.therapist.call<Note>('POST', notesPath(), { body: 'Sleeps badly' });
    expect(general.status).toBe(201);
    const about = await harness.therapist.call<Note>('POST', notesPath(), {
      body: 'Ask about Monday',
      worksheetId,
    });
    expect(about.body.worksheetId).toBe(worksheetId);
    const all = await harness.therapist.call<Note[]>('GET', notesPath());
    expect(all.body.map((note) => note.body)).toEqual(['Sleeps badly', 'Ask about Monday']);
    const forWorksheet = await harness.therapist.call<Note[]>(
      'GET',
      `${notesPath()}?worksheetId=${worksheetId}`,
    );
    expect(forWorksheet.body.map((note) => note.body)).toEqual(['Ask about Monday']);
    const edited = await harness.therapist.call<Note>('PUT', `/api/notes/${general.body.id}`, {
      body: 'Sleeps better',
    });
    expect(edited.body.body).toBe('Sleeps better');
    expect((await harness.therapist.call('DELETE', `/api/notes/${general.body.id}`)).status).toBe(204);
    expect((await harness.therapist.call<Note[]>('GET', notesPath())).body).toHaveLength(1);
    // An empty note is refused with a reason.
    const empty = await harness.therapist.call<{ error: { code: string } }>('POST', notesPath(), {
      body: '  ',
    });
    expect(empty.status).toBe(400);
  });

  test('another therapist cannot see or change them (404, as for a missing note)', async () => {
    const note = await harness.therapist.call<Note>('POST', notesPath(), { body: secret });
    const other = new ServerSession(harness.server.url);
    await other.call('POST', '/api/auth/signup', {
      displayName: 'Other',
      email: 'other@example.test',
      password: 'correct horse battery',
      practiceName: 'Other practice',
    });
    expect((await other.call('GET', notesPath())).status).toBe(404);
    expect((await other.call('PUT', `/api/notes/${note.body.id}`, { body: 'x' })).status).toBe(404);
    expect((await other.call('DELETE', `/api/notes/${note.body.id}`)).status).toBe(404);
  });

  test('no route the client may call, and no socket, ever carries a note', async () => {
    const worksheetId = await harness.assign('mood-journal');
    const provider = await harness.open(worksheetId);
    await harness.edit(provider, worksheetId, (doc) => {
      clientEdits.addEntry(doc, 'days', '2026-01-04', { 'Mood today': 5 });
      clientEdits.handIn(doc, '2026-01-05T08:00:00.000Z');
    });
    const general = await harness.therapist.call<Note>('POST', notesPath(), { body: `${secret} (client)` });
    const onWorksheet = await harness.therapist.call<Note>('POST', notesPath(), {
      body: `${secret} (worksheet)`,
      worksheetId,
    });

    // Every GET the API describes, called as the client with every id the client could know or guess.
    const openapi = await harness.therapist.call<{ paths: Record<string, Record<string, unknown>> }>(
      'GET',
      '/api/openapi.json',
    );
    const ids = [harness.clientId, worksheetId, general.body.id, onWorksheet.body.id];
    const answers: { path: string; status: number; text: string }[] = [];
    for (const [template, methods] of Object.entries(openapi.body.paths)) {
      if (!('get' in methods)) continue;
      const candidates = template.includes('{')
        ? ids.map((id) => template.replace(/\{[^}]+\}/g, id))
        : [template];
      for (const candidate of candidates) {
        for (const query of ['', `?worksheetId=${worksheetId}`, '?format=md', '?format=json']) {
          const path = `/api${candidate}${query}`;
          const response = await fetch(`${harness.server.url}${path}`, {
            headers: { cookie: harness.client.cookie!, origin: harness.client.origin },
          });
          answers.push({ path, status: response.status, text: await response.text() });
        }
      }
    }
    expect(answers.length).toBeGreaterThan(40);
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(5);
    expect(answers.filter((answer) => answer.text.includes('PRIVATE-NOTE'))).toEqual([]);
    expect(answers.find((answer) => answer.path === `/api/clients/${harness.clientId}/notes`)?.status).toBe(
      403,
    );

    // The client's socket: the whole document state it receives holds no note.
    const fresh = await harness.open(worksheetId);
    const state = Y.encodeStateAsUpdate(fresh.doc);
    expect(Buffer.from(state).toString('utf8')).not.toContain('PRIVATE-NOTE');
    expect(JSON.stringify(fresh.doc.getXmlFragment('content').toJSON())).not.toContain('PRIVATE-NOTE');
  });
});
