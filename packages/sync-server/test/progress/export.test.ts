import type { ApiClientExport } from '@interlude/schema/api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ServerSession } from '../accounts/server-session.js';
import { clientEdits } from './client-edits.js';
import { ProgressHarness } from './progress-harness.js';

/** The client's record as a download: who may have it, and what is (and never is) in it. */
let harness: ProgressHarness;

beforeEach(async () => {
  harness = await ProgressHarness.start();
});

afterEach(async () => {
  await harness.close();
});

async function raw(session: ServerSession, path: string) {
  const response = await fetch(`${harness.server.url}${path}`, {
    headers: session.cookie ? { cookie: session.cookie } : {},
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function answeredRecord() {
  const phqId = await harness.assign('phq-9');
  const phq = await harness.open(phqId);
  await harness.edit(phq, phqId, (doc) => {
    for (const item of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
      clientEdits.setAttribute(doc, `phq-9-item-${item}`, 'value', item === '9' ? 0 : 1);
    }
    clientEdits.handIn(doc, '2026-01-05T18:00:00.000Z');
  });
  const journalId = await harness.assign('mood-journal');
  const journal = await harness.open(journalId);
  await harness.edit(journal, journalId, (doc) =>
    clientEdits.addEntry(doc, 'days', '2026-01-04', {
      'Mood today': 6,
      'One thing to try tomorrow': 'A walk',
    }),
  );
  await harness.assign('smart-goal', { send: false });
  await harness.therapist.call('POST', `/api/clients/${harness.clientId}/notes`, {
    body: 'PRIVATE-NOTE in export',
  });
  return { phqId, journalId };
}

describe('export of a client’s record', () => {
  test('the client gets their record in JSON and Markdown, with answers and scores, without notes or drafts', async () => {
    const { phqId, journalId } = await answeredRecord();
    const json = await raw(harness.client, `/api/clients/${harness.clientId}/export`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(
      /^attachment; filename="interlude-record-2026-01-05\.json"$/,
    );
    const record = JSON.parse(json.text) as ApiClientExport;
    expect(record.client.id).toBe(harness.clientId);
    expect(record.worksheets.map((worksheet) => worksheet.id)).toEqual([phqId, journalId]);
    expect(record.worksheets[0]).toMatchObject({
      status: 'handed-in',
      handedInAt: '2026-01-05T18:00:00.000Z',
      score: { measure: 'PHQ-9', total: 8, severity: 'Mild' },
    });
    expect(record.worksheets[1]!.entries).toEqual([
      expect.objectContaining({
        date: '2026-01-04',
        fields: expect.arrayContaining([
          expect.objectContaining({ label: 'Mood today', answer: '6' }),
          expect.objectContaining({ label: 'One thing to try tomorrow', answer: 'A walk' }),
        ]),
      }),
    ]);
    // A choice reads as its option's words, not the stored value.
    expect(record.worksheets[0]!.answers[0]).toMatchObject({ kind: 'choice', answer: 'Several days' });
    expect(record.privateNotes).toBeUndefined();
    expect(json.text).not.toContain('PRIVATE-NOTE');

    const markdown = await raw(harness.client, `/api/clients/${harness.clientId}/export?format=md`);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toContain('text/markdown');
    expect(markdown.text).toContain('# Record of Client');
    expect(markdown.text).toContain('- PHQ-9 total: 8 (Mild)');
    expect(markdown.text).toContain('### Days: 4 January 2026');
    expect(markdown.text).toContain('- **Mood today**: 6');
    expect(markdown.text).not.toContain('PRIVATE-NOTE');
  });

  test('the therapist’s copy adds their private notes and drafts', async () => {
    await answeredRecord();
    const json = await raw(harness.therapist, `/api/clients/${harness.clientId}/export`);
    const record = JSON.parse(json.text) as ApiClientExport;
    expect(record.worksheets).toHaveLength(3);
    expect(record.privateNotes?.map((note) => note.body)).toEqual(['PRIVATE-NOTE in export']);
  });

  test('anybody else gets 404, as for a client that does not exist', async () => {
    await answeredRecord();
    const path = `/api/clients/${harness.clientId}/export`;
    const otherTherapist = new ServerSession(harness.server.url);
    await otherTherapist.call('POST', '/api/auth/signup', {
      displayName: 'Other',
      email: 'other@example.test',
      password: 'correct horse battery',
      practiceName: 'Other',
    });
    const added = await harness.therapist.call<{ client: { id: string }; invitationUrl: string }>(
      'POST',
      '/api/clients',
      {
        displayName: 'Second client',
        email: 'second@example.test',
      },
    );
    const otherClient = new ServerSession(harness.server.url);
    await otherClient.call(
      'POST',
      `/api/invitations/${added.body.invitationUrl.split('/invite/')[1]}/accept`,
      {
        password: 'correct horse battery',
      },
    );
    expect((await raw(otherTherapist, path)).status).toBe(404);
    expect((await raw(otherClient, path)).status).toBe(404);
    expect((await raw(otherClient, `${path}?format=md`)).status).toBe(404);
    expect((await raw(otherTherapist, '/api/clients/missing/export')).status).toBe(404);
    expect((await raw(new ServerSession(harness.server.url), path)).status).toBe(401);
    // The client's own export of somebody else's id is the same 404.
    expect((await raw(harness.client, `/api/clients/${added.body.client.id}/export`)).status).toBe(404);
  });
});
