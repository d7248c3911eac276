import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ApiAgent,
  type ApiHarness,
  addActiveClient,
  createApiHarness,
  email,
  signUpTherapist,
  type UserBody,
} from './api-harness.js';

let harness: ApiHarness;
let therapist: ApiAgent;
beforeEach(async () => {
  harness = createApiHarness();
  therapist = (await signUpTherapist(harness, 'Alice')).agent;
});
afterEach(() => harness.close());

const DAY = 24 * 60 * 60 * 1000;
const tokenOf = (url: string) => url.split('/').pop()!;

async function invite(displayName = 'Carol') {
  const address = email(displayName.toLowerCase());
  const response = await therapist.post<{ client: { id: string; status: string }; invitationUrl: string }>(
    '/api/clients',
    { displayName, email: address },
  );
  expect(response.status).toBe(201);
  return { ...response.body, email: address, token: tokenOf(response.body.invitationUrl) };
}

describe('invitations', () => {
  test('adding a client returns an absolute /invite/ link on the request origin; only its hash is stored', async () => {
    const invitation = await invite();
    expect(invitation.invitationUrl).toMatch(/^http:\/\/interlude\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(invitation.client.status).toBe('invited');
    const stored = harness.db.prepare('SELECT token_hash FROM one_time_links').all() as {
      token_hash: string;
    }[];
    expect(stored.map((row) => row.token_hash)).not.toContain(invitation.token);
  });

  test('links use PUBLIC_URL when it is set', async () => {
    harness.close();
    harness = createApiHarness({ publicUrl: 'https://care.example.org' });
    therapist = (await signUpTherapist(harness)).agent;
    const invitation = await invite();
    expect(invitation.invitationUrl).toMatch(/^https:\/\/care\.example\.org\/invite\//);
  });

  test('the client reads the invitation, sets a password, lands signed in, and can sign in later', async () => {
    const invitation = await invite('Carol');
    const visitor = new ApiAgent(harness.app);
    const details = await visitor.get(`/api/invitations/${invitation.token}`);
    expect(details.status).toBe(200);
    expect(details.body).toEqual({
      clientDisplayName: 'Carol',
      practiceName: "Alice's practice",
      email: invitation.email,
    });

    const accepted = await visitor.post<UserBody>(`/api/invitations/${invitation.token}/accept`, {
      password: 'my own password',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ role: 'client', displayName: 'Carol' });
    expect((await visitor.get('/api/me')).status).toBe(200);

    const clients = await therapist.get<{ status: string }[]>('/api/clients');
    expect(clients.body[0]!.status).toBe('active');
    const later = await new ApiAgent(harness.app).post('/api/auth/login', {
      email: invitation.email,
      password: 'my own password',
    });
    expect(later.status).toBe(200);
  });

  test('an invitation is single use: the second use is 410 link-used', async () => {
    const invitation = await invite();
    await new ApiAgent(harness.app).post(`/api/invitations/${invitation.token}/accept`, {
      password: 'first password',
    });
    const again = await new ApiAgent(harness.app).post(`/api/invitations/${invitation.token}/accept`, {
      password: 'second password',
    });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ error: { code: 'link-used' } });
    expect((await new ApiAgent(harness.app).get(`/api/invitations/${invitation.token}`)).status).toBe(410);
  });

  test('an invitation expires after 7 days: 410 link-expired', async () => {
    const invitation = await invite();
    harness.clock.advance(7 * DAY - 1000);
    expect((await new ApiAgent(harness.app).get(`/api/invitations/${invitation.token}`)).status).toBe(200);
    harness.clock.advance(1000);
    const expired = await new ApiAgent(harness.app).post(`/api/invitations/${invitation.token}/accept`, {
      password: 'a fine password',
    });
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ error: { code: 'link-expired' } });
  });

  test('a new invitation replaces the old one, which then answers 410', async () => {
    const invitation = await invite();
    const renewed = await therapist.post<{ invitationUrl: string }>(
      `/api/clients/${invitation.client.id}/invitation`,
    );
    expect(renewed.status).toBe(200);
    expect((await new ApiAgent(harness.app).get(`/api/invitations/${invitation.token}`)).status).toBe(410);
    const fresh = tokenOf(renewed.body.invitationUrl);
    expect((await new ApiAgent(harness.app).get(`/api/invitations/${fresh}`)).status).toBe(200);
  });

  test('an unknown token is 404; a client who already accepted gets no new invitation (409)', async () => {
    expect((await new ApiAgent(harness.app).get('/api/invitations/not-a-real-token')).status).toBe(404);
    const active = await addActiveClient(harness, therapist);
    const response = await therapist.post(`/api/clients/${active.clientId}/invitation`);
    expect(response.status).toBe(409);
  });

  test('a too-short password is a 400 that says so', async () => {
    const invitation = await invite();
    const response = await new ApiAgent(harness.app).post(`/api/invitations/${invitation.token}/accept`, {
      password: 'short',
    });
    expect(response.status).toBe(400);
    expect((response.body as { error: { message: string } }).error.message).toMatch(
      /password: Use at least 10/,
    );
  });
});

describe('password reset links', () => {
  test('a therapist issues a reset link; using it sets the password, ends other sessions, signs in', async () => {
    const client = await addActiveClient(harness, therapist, 'Dan');
    const link = await therapist.post<{ resetUrl: string }>(`/api/clients/${client.clientId}/reset-link`);
    expect(link.status).toBe(200);
    expect(link.body.resetUrl).toMatch(/^http:\/\/interlude\.test\/reset\//);
    const token = tokenOf(link.body.resetUrl);

    const visitor = new ApiAgent(harness.app);
    expect((await visitor.get(`/api/password-resets/${token}`)).body).toEqual({ email: client.email });
    const reset = await visitor.post<UserBody>(`/api/password-resets/${token}`, {
      password: 'brand new password',
    });
    expect(reset.status).toBe(200);
    expect((await visitor.get('/api/me')).status).toBe(200);
    // The old session is gone, and its sockets were told to reconnect (and will be refused).
    expect((await client.agent.get('/api/me')).status).toBe(401);
    expect(harness.connections.closedUsers).toContain(`${client.clientId}:access-changed`);
    const login = await new ApiAgent(harness.app).post('/api/auth/login', {
      email: client.email,
      password: 'brand new password',
    });
    expect(login.status).toBe(200);
  });

  test('a reset link is single use and expires after 24 hours', async () => {
    const client = await addActiveClient(harness, therapist);
    const first = tokenOf(
      (await therapist.post<{ resetUrl: string }>(`/api/clients/${client.clientId}/reset-link`)).body
        .resetUrl,
    );
    await new ApiAgent(harness.app).post(`/api/password-resets/${first}`, { password: 'brand new password' });
    const reused = await new ApiAgent(harness.app).post(`/api/password-resets/${first}`, {
      password: 'another password',
    });
    expect(reused.status).toBe(410);
    expect(reused.body).toMatchObject({ error: { code: 'link-used' } });

    const second = tokenOf(
      (await therapist.post<{ resetUrl: string }>(`/api/clients/${client.clientId}/reset-link`)).body
        .resetUrl,
    );
    harness.clock.advance(DAY);
    const expired = await new ApiAgent(harness.app).post(`/api/password-resets/${second}`, {
      password: 'another password',
    });
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ error: { code: 'link-expired' } });
  });

  test('an invitation token is not a reset token (404), and vice versa', async () => {
    const invitation = await invite();
    expect((await new ApiAgent(harness.app).get(`/api/password-resets/${invitation.token}`)).status).toBe(
      404,
    );
  });

  test('a client not yet accepted gets no reset link, nor one whose access ended (409)', async () => {
    const invitation = await invite();
    expect((await therapist.post(`/api/clients/${invitation.client.id}/reset-link`)).status).toBe(409);
    const client = await addActiveClient(harness, therapist);
    await therapist.post(`/api/clients/${client.clientId}/archive`, { clientAccess: 'none' });
    expect((await therapist.post(`/api/clients/${client.clientId}/reset-link`)).status).toBe(409);
  });

  test('ending access revokes an outstanding reset link', async () => {
    const client = await addActiveClient(harness, therapist);
    const token = tokenOf(
      (await therapist.post<{ resetUrl: string }>(`/api/clients/${client.clientId}/reset-link`)).body
        .resetUrl,
    );
    await therapist.post(`/api/clients/${client.clientId}/archive`, { clientAccess: 'none' });
    expect(
      (
        await new ApiAgent(harness.app).post(`/api/password-resets/${token}`, {
          password: 'brand new password',
        })
      ).status,
    ).toBe(410);
  });
});
