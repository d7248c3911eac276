import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type ApiAgent,
  type ApiHarness,
  addActiveClient,
  assignWorksheet,
  createApiHarness,
  signUpTherapist,
} from './api-harness.js';

/**
 * Every HTTP access rule (docs/security.md, "Access rules"): a stranger's client or worksheet is a
 * 404 exactly like a missing one; a client on a therapist endpoint is a 403.
 */
let harness: ApiHarness;
let therapistA: ApiAgent;
let therapistB: ApiAgent;
let clientA1: { agent: ApiAgent; clientId: string };
let clientA2: { agent: ApiAgent; clientId: string };
let clientB1: { agent: ApiAgent; clientId: string };
let worksheetA1: string;
let worksheetA2: string;
let worksheetB1: string;

beforeEach(async () => {
  harness = createApiHarness();
  therapistA = (await signUpTherapist(harness, 'Alice')).agent;
  therapistB = (await signUpTherapist(harness, 'Bob')).agent;
  clientA1 = await addActiveClient(harness, therapistA, 'Carol');
  clientA2 = await addActiveClient(harness, therapistA, 'Dan');
  clientB1 = await addActiveClient(harness, therapistB, 'Erin');
  worksheetA1 = await assignWorksheet(therapistA, clientA1.clientId);
  worksheetA2 = await assignWorksheet(therapistA, clientA2.clientId);
  worksheetB1 = await assignWorksheet(therapistB, clientB1.clientId);
});
afterEach(() => harness.close());

const missingId = 'doesNotExist0000000000';

describe('a therapist reaches only their own clients and their worksheets', () => {
  test('lists show only their own', async () => {
    const clients = await therapistA.get<{ id: string }[]>('/api/clients');
    expect(clients.body.map((client) => client.id).sort()).toEqual(
      [clientA1.clientId, clientA2.clientId].sort(),
    );
    const worksheets = await therapistA.get<{ id: string }[]>('/api/worksheets');
    expect(worksheets.body.map((worksheet) => worksheet.id).sort()).toEqual(
      [worksheetA1, worksheetA2].sort(),
    );
  });

  test("another therapist's client is a 404 on every client endpoint, same as a missing one", async () => {
    for (const id of [clientB1.clientId, missingId]) {
      const attempts = [
        await therapistA.get(`/api/clients/${id}`),
        await therapistA.post(`/api/clients/${id}/invitation`),
        await therapistA.post(`/api/clients/${id}/reset-link`),
        await therapistA.post(`/api/clients/${id}/archive`, { clientAccess: 'none' }),
        await therapistA.post(`/api/clients/${id}/worksheets`, { templateId: 'thought-record' }),
      ];
      for (const response of attempts) {
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ error: { code: 'not-found' } });
      }
    }
    // Nothing happened to B's client.
    const bView = await therapistB.get<{ client: { status: string } }>(`/api/clients/${clientB1.clientId}`);
    expect(bView.body.client.status).toBe('active');
  });

  test("another therapist's worksheet is a 404 on every worksheet endpoint, same as a missing one", async () => {
    for (const id of [worksheetB1, missingId]) {
      const responses = [
        await therapistA.get(`/api/worksheets/${id}`),
        await therapistA.post(`/api/worksheets/${id}/review`),
        await therapistA.delete(`/api/worksheets/${id}`),
      ];
      for (const response of responses) expect(response.status).toBe(404);
    }
    expect((await therapistB.get(`/api/worksheets/${worksheetB1}`)).status).toBe(200);
  });

  test("reaching for another practice's records is written to the refusing practice's audit log", async () => {
    await therapistA.get(`/api/worksheets/${worksheetB1}`);
    const entries =
      await therapistA.get<{ action: string; details: Record<string, unknown> }[]>('/api/audit');
    expect(entries.body[0]).toMatchObject({
      action: 'access-refused',
      details: { channel: 'http', code: 'not-found', method: 'GET', path: `/api/worksheets/${worksheetB1}` },
    });
  });

  test('the audit log shows only entries of their own practice', async () => {
    const entries =
      await therapistA.get<{ subject: { id: string } | null; actor: { id: string } | null }[]>('/api/audit');
    const people = entries.body.flatMap((entry) => [entry.subject?.id, entry.actor?.id]).filter(Boolean);
    expect(people).not.toContain(clientB1.clientId);
  });
});

describe('a client reaches only their own worksheets', () => {
  test('their list holds only their own worksheets', async () => {
    const list = await clientA1.agent.get<{ id: string; readOnly: boolean }[]>('/api/worksheets');
    expect(list.body.map((worksheet) => worksheet.id)).toEqual([worksheetA1]);
    expect(list.body[0]!.readOnly).toBe(false);
  });

  test("another client's worksheet (same therapist or not) is a 404, same as a missing one", async () => {
    for (const id of [worksheetA2, worksheetB1, missingId]) {
      expect((await clientA1.agent.get(`/api/worksheets/${id}`)).status).toBe(404);
      expect((await clientA1.agent.delete(`/api/worksheets/${id}`)).status).toBe(404);
      expect((await clientA1.agent.post(`/api/worksheets/${id}/review`)).status).toBe(404);
    }
  });

  test('therapist endpoints answer 403 therapists-only to a client', async () => {
    const responses = [
      await clientA1.agent.get('/api/clients'),
      await clientA1.agent.post('/api/clients', { displayName: 'X', email: 'x@example.test' }),
      await clientA1.agent.get(`/api/clients/${clientA1.clientId}`),
      await clientA1.agent.post(`/api/clients/${clientA1.clientId}/reset-link`),
      await clientA1.agent.post(`/api/clients/${clientA1.clientId}/archive`, { clientAccess: 'none' }),
      await clientA1.agent.post(`/api/clients/${clientA1.clientId}/worksheets`, {
        templateId: 'thought-record',
      }),
      await clientA1.agent.patch('/api/practice', { name: 'Mine now' }),
      await clientA1.agent.get('/api/audit'),
      await clientA1.agent.get('/api/templates'),
      // Their own worksheet: they may see it but not delete or review it.
      await clientA1.agent.delete(`/api/worksheets/${worksheetA1}`),
      await clientA1.agent.post(`/api/worksheets/${worksheetA1}/review`),
    ];
    for (const response of responses) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ error: { code: 'therapists-only' } });
    }
  });

  test('a client may read their practice name and crisis text', async () => {
    const practice = await clientA1.agent.get<{ name: string }>('/api/practice');
    expect(practice.status).toBe(200);
    expect(practice.body.name).toBe("Alice's practice");
  });
});

describe('without a session', () => {
  test('every endpoint but sign-in, sign-up and the links answers 401', async () => {
    const { ApiAgent } = await import('./api-harness.js');
    const anonymous = new ApiAgent(harness.app);
    const paths: [string, string][] = [
      ['GET', '/api/me'],
      ['GET', '/api/clients'],
      ['POST', '/api/clients'],
      ['GET', `/api/clients/${clientA1.clientId}`],
      ['GET', '/api/worksheets'],
      ['GET', `/api/worksheets/${worksheetA1}`],
      ['DELETE', `/api/worksheets/${worksheetA1}`],
      ['GET', '/api/templates'],
      ['GET', '/api/practice'],
      ['GET', '/api/audit'],
    ];
    for (const [method, path] of paths) {
      const body = method === 'POST' ? { displayName: 'X', email: 'x@example.test' } : undefined;
      expect((await anonymous.request(method, path, body)).status, `${method} ${path}`).toBe(401);
    }
  });
});

describe('CSRF: writes with a cookie session check Origin', () => {
  test('a write from a foreign Origin is refused with 403 and changes nothing', async () => {
    const response = await therapistA.request(
      'POST',
      '/api/clients',
      { displayName: 'Mallory', email: 'mallory@example.test' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'origin-not-allowed' } });
    const clients = await therapistA.get<unknown[]>('/api/clients');
    expect(clients.body).toHaveLength(2);
  });

  test('a cross-site write without Origin but with Sec-Fetch-Site is refused', async () => {
    const { ApiAgent } = await import('./api-harness.js');
    const noOrigin = new ApiAgent(harness.app, null);
    noOrigin.cookie = therapistA.cookie;
    const response = await noOrigin.request(
      'PATCH',
      '/api/practice',
      { name: 'Hijacked' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(response.status).toBe(403);
  });

  test('configured allowed origins replace the same-host rule', async () => {
    harness.close();
    harness = createApiHarness({ allowedOrigins: ['https://app.example.org'] });
    const { ApiAgent } = await import('./api-harness.js');
    const sameHost = new ApiAgent(harness.app);
    const signup = {
      displayName: 'A',
      email: 'a@example.test',
      password: 'correct horse battery',
      practiceName: 'P',
    };
    expect((await sameHost.post('/api/auth/signup', signup)).status).toBe(403);
    const allowed = new ApiAgent(harness.app, 'https://app.example.org');
    expect((await allowed.post('/api/auth/signup', signup)).status).toBe(201);
  });
});
