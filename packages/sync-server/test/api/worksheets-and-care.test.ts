import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createProgressRecorder, recordClientActivityOf } from '../../src/worksheets/worksheet-progress.js';
import {
  ApiAgent,
  type ApiHarness,
  addActiveClient,
  assignWorksheet,
  createApiHarness,
  signUpTherapist,
} from './api-harness.js';

let harness: ApiHarness;
let therapist: ApiAgent;
let therapistId: string;
let client: { agent: ApiAgent; clientId: string; email: string };
beforeEach(async () => {
  harness = createApiHarness();
  const signedUp = await signUpTherapist(harness, 'Alice');
  therapist = signedUp.agent;
  therapistId = signedUp.userId;
  client = await addActiveClient(harness, therapist, 'Carol');
});
afterEach(() => harness.close());

const HOUR = 60 * 60 * 1000;

interface WorksheetBody {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  startedAt: string | null;
  handedInAt: string | null;
  reviewedAt: string | null;
  lastClientActivityAt: string | null;
  overdue: boolean;
  readOnly: boolean;
  clientDisplayName: string;
}

async function storedByClient(
  worksheetId: string,
  change: (doc: Y.Doc) => void,
  role: 'client' | 'therapist' = 'client',
) {
  const doc = new Y.Doc();
  change(doc);
  const update = Y.encodeStateAsUpdate(doc);
  const provenance = { userId: client.clientId, role, receivedAt: harness.clock.now() };
  recordClientActivityOf(harness.db)([{ documentId: worksheetId, update, provenance }]);
  await createProgressRecorder(harness.accounts)({
    worksheetId,
    provenance: { userId: client.clientId, role },
    doc,
  });
}

describe('assigning', () => {
  test('seeds the document once with therapist provenance and returns the worksheet', async () => {
    const response = await therapist.post<WorksheetBody>(`/api/clients/${client.clientId}/worksheets`, {
      templateId: 'thought-record',
      title: 'Thought record — Monday',
      dueDate: '2026-01-10',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: 'Thought record — Monday',
      status: 'assigned',
      dueDate: '2026-01-10',
      clientDisplayName: 'Carol',
      overdue: false,
      readOnly: false,
    });
    expect(harness.documents.updates.get(response.body.id)).toHaveLength(1);
    const listed = await client.agent.get<WorksheetBody[]>('/api/worksheets');
    expect(listed.body.map((worksheet) => worksheet.id)).toEqual([response.body.id]);
  });
});

describe('status derived on the server', () => {
  test('assigned → started (first client edit) → handed in (meta.handedInAt) → reviewed', async () => {
    const id = await assignWorksheet(therapist, client.clientId, { dueDate: '2026-01-06' });
    const read = async () => (await therapist.get<WorksheetBody>(`/api/worksheets/${id}`)).body;
    expect((await read()).status).toBe('assigned');

    await storedByClient(id, () => {}, 'therapist');
    expect((await read()).status).toBe('assigned');

    harness.clock.advance(60_000);
    await storedByClient(id, () => {});
    const started = await read();
    expect(started.status).toBe('started');
    expect(started.startedAt).toBe(new Date(harness.clock.now()).toISOString());
    expect(started.lastClientActivityAt).toBe(started.startedAt);

    expect((await therapist.post(`/api/worksheets/${id}/review`)).status).toBe(409);

    await storedByClient(id, (doc) => doc.getMap('meta').set('handedInAt', '2026-01-05T18:00:00+01:00'));
    const handedIn = await read();
    expect(handedIn.status).toBe('handed-in');
    expect(handedIn.handedInAt).toBe('2026-01-05T18:00:00+01:00');

    const reviewed = await therapist.post<WorksheetBody>(`/api/worksheets/${id}/review`);
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.status).toBe('reviewed');
    expect((await client.agent.get<WorksheetBody>(`/api/worksheets/${id}`)).body.status).toBe('reviewed');
  });

  test('overdue once the due date has passed without a hand-in; counts per client', async () => {
    const id = await assignWorksheet(therapist, client.clientId, { dueDate: '2026-01-05' });
    await assignWorksheet(therapist, client.clientId);
    expect((await therapist.get<WorksheetBody>(`/api/worksheets/${id}`)).body.overdue).toBe(false);
    // Past the end of the due day (in two steps, so the session stays alive).
    harness.clock.advance(8 * HOUR);
    expect((await therapist.get<WorksheetBody>(`/api/worksheets/${id}`)).body.overdue).toBe(false);
    harness.clock.advance(8 * HOUR);
    expect((await therapist.get<WorksheetBody>(`/api/worksheets/${id}`)).body.overdue).toBe(true);

    const clients =
      await therapist.get<{ counts: Record<string, number>; lastActivityAt: string | null }[]>(
        '/api/clients',
      );
    expect(clients.body[0]!.counts).toEqual({
      drafts: 0,
      assigned: 2,
      started: 0,
      handedIn: 0,
      reviewed: 0,
      overdue: 1,
      flaggedWorksheets: 0,
      newComments: 0,
    });
    expect(clients.body[0]!.lastActivityAt).toBeNull();

    await storedByClient(id, (doc) => doc.getMap('meta').set('handedInAt', '2026-01-06T08:00:00Z'));
    expect((await therapist.get<WorksheetBody>(`/api/worksheets/${id}`)).body.overdue).toBe(false);
    const after =
      await therapist.get<{ counts: Record<string, number>; lastActivityAt: string | null }[]>(
        '/api/clients',
      );
    expect(after.body[0]!.counts).toMatchObject({ assigned: 1, handedIn: 1, overdue: 0 });
    expect(after.body[0]!.lastActivityAt).not.toBeNull();
  });
});

describe('ending care', () => {
  test('archive read-only: client keeps read-only access, therapist sees the work read-only, no new assignments', async () => {
    const id = await assignWorksheet(therapist, client.clientId);
    const archived = await therapist.post<{ client: { status: string; access: string } }>(
      `/api/clients/${client.clientId}/archive`,
      { clientAccess: 'read-only' },
    );
    expect(archived.body.client).toMatchObject({ status: 'archived', access: 'read-only' });
    expect(harness.connections.closedUsers).toEqual([`${client.clientId}:access-changed`]);
    expect(harness.connections.closedWorksheets).toEqual([`${id}:access-changed`]);

    const own = await client.agent.get<WorksheetBody>(`/api/worksheets/${id}`);
    expect(own.status).toBe(200);
    expect(own.body.readOnly).toBe(true);
    expect((await therapist.get<WorksheetBody>(`/api/worksheets/${id}`)).body.readOnly).toBe(true);
    const assign = await therapist.post(`/api/clients/${client.clientId}/worksheets`, {
      templateId: 'thought-record',
    });
    expect(assign.status).toBe(409);
  });

  test('archive with no access: signed out everywhere, sign-in refused, worksheets gone for them', async () => {
    const id = await assignWorksheet(therapist, client.clientId);
    await therapist.post(`/api/clients/${client.clientId}/archive`, { clientAccess: 'none' });
    expect(harness.connections.closedUsers).toEqual([`${client.clientId}:access-ended`]);
    expect((await client.agent.get('/api/me')).status).toBe(401);
    const login = await new ApiAgent(harness.app).post('/api/auth/login', {
      email: client.email,
      password: 'client password 1',
    });
    expect(login.status).toBe(403);
    expect(login.body).toMatchObject({ error: { code: 'access-ended' } });
    // The therapist keeps the record.
    expect((await therapist.get(`/api/worksheets/${id}`)).status).toBe(200);
  });

  test('deleting a worksheet removes it and its document and closes its sockets', async () => {
    const id = await assignWorksheet(therapist, client.clientId);
    expect((await therapist.delete(`/api/worksheets/${id}`)).status).toBe(204);
    expect(harness.documents.updates.has(id)).toBe(false);
    expect(harness.connections.closedWorksheets).toEqual([`${id}:deleted`]);
    expect((await therapist.get(`/api/worksheets/${id}`)).status).toBe(404);
    expect((await client.agent.get(`/api/worksheets/${id}`)).status).toBe(404);
  });
});

describe('practice settings', () => {
  test('the therapist changes the name and crisis text; the client sees them', async () => {
    const updated = await therapist.patch('/api/practice', { crisisText: 'Call 112 or the crisis line.' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      crisisText: 'Call 112 or the crisis line.',
      name: "Alice's practice",
    });
    const seen = await client.agent.get<{ practice: { crisisText: string } }>('/api/me');
    expect(seen.body.practice.crisisText).toBe('Call 112 or the crisis line.');
  });
});

describe('audit log', () => {
  test('records sign-ins, failures, links, assignments, archiving and deletions without content', async () => {
    const id = await assignWorksheet(therapist, client.clientId);
    await new ApiAgent(harness.app).post('/api/auth/login', {
      email: client.email,
      password: 'wrong password!',
    });
    const reset = await therapist.post<{ resetUrl: string }>(`/api/clients/${client.clientId}/reset-link`);
    await new ApiAgent(harness.app).post(`/api/password-resets/${reset.body.resetUrl.split('/').pop()}`, {
      password: 'a new password',
    });
    await therapist.delete(`/api/worksheets/${id}`);
    await therapist.post(`/api/clients/${client.clientId}/archive`, { clientAccess: 'none' });

    const entries =
      await therapist.get<
        {
          action: string;
          actor: { id: string } | null;
          subject: { id: string; displayName: string } | null;
        }[]
      >('/api/audit?limit=50');
    expect(entries.status).toBe(200);
    const actions = entries.body.map((entry) => entry.action);
    for (const action of [
      'signed-up',
      'invitation-created',
      'invitation-used',
      'assignment-created',
      'sign-in-failed',
      'reset-link-created',
      'reset-link-used',
      'worksheet-deleted',
      'client-archived',
    ]) {
      expect(actions, action).toContain(action);
    }
    const archived = entries.body.find((entry) => entry.action === 'client-archived')!;
    expect(archived.actor?.id).toBe(therapistId);
    expect(archived.subject).toEqual({ id: client.clientId, displayName: 'Carol' });
    // Newest first, and the limit is honoured.
    expect(actions[0]).toBe('client-archived');
    expect((await therapist.get<unknown[]>('/api/audit?limit=2')).body).toHaveLength(2);
    // No passwords, tokens or content ever.
    const raw = JSON.stringify(harness.db.prepare('SELECT * FROM audit_events').all());
    expect(raw).not.toMatch(/a new password|wrong password|client password/);
    expect(raw).not.toContain(reset.body.resetUrl.split('/').pop()!);
  });

  test('a failed sign-in for an unknown email is kept but belongs to no practice', async () => {
    await new ApiAgent(harness.app).post('/api/auth/login', {
      email: 'ghost@example.test',
      password: 'whatever it is',
    });
    const row = harness.db
      .prepare("SELECT practice_id FROM audit_events WHERE action = 'sign-in-failed'")
      .get() as {
      practice_id: string | null;
    };
    expect(row.practice_id).toBeNull();
  });
});
