import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ApiAgent,
  type ApiHarness,
  createApiHarness,
  email,
  signUpTherapist,
  type UserBody,
} from './api-harness.js';

let harness: ApiHarness;
beforeEach(() => {
  harness = createApiHarness();
});
afterEach(() => harness.close());

const HOUR = 60 * 60 * 1000;

describe('sign-up and sign-in', () => {
  test('sign-up creates a therapist and practice, sets an HttpOnly SameSite=Lax session cookie', async () => {
    const agent = new ApiAgent(harness.app);
    const response = await agent.post<UserBody>('/api/auth/signup', {
      displayName: 'Dr Ada',
      email: 'Ada@Example.org',
      password: 'correct horse battery',
      practiceName: 'Ada Therapy',
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      email: 'ada@example.org',
      role: 'therapist',
      displayName: 'Dr Ada',
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^interlude_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const me = await agent.get<{ user: { role: string }; practice: { name: string; crisisText: string } }>(
      '/api/me',
    );
    expect(me.status).toBe(200);
    expect(me.body.practice.name).toBe('Ada Therapy');
    expect(me.body.practice.crisisText.length).toBeGreaterThan(10);
  });

  test('the session token is stored only as a SHA-256 hash, and the password only as a salted scrypt hash', async () => {
    const { agent } = await signUpTherapist(harness);
    const token = agent.cookie!.split('=')[1]!;
    const sessions = harness.db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(sessions.map((row) => row.token_hash)).not.toContain(token);
    expect(sessions[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const { password_hash } = harness.db.prepare('SELECT password_hash FROM users').get() as {
      password_hash: string;
    };
    expect(password_hash).toMatch(/^scrypt\$1024\$8\$1\$[^$]+\$[^$]+$/);
  });

  test('Secure is set on the cookie when config.secureCookies', async () => {
    harness.close();
    harness = createApiHarness({ secureCookies: true });
    const agent = new ApiAgent(harness.app);
    const response = await agent.post('/api/auth/signup', {
      displayName: 'A',
      email: email('secure'),
      password: 'correct horse battery',
      practiceName: 'P',
    });
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  test('a second sign-up with the same email (any case) is a 409', async () => {
    const first = await signUpTherapist(harness);
    const response = await new ApiAgent(harness.app).post('/api/auth/signup', {
      displayName: 'Other',
      email: first.email.toUpperCase(),
      password: 'correct horse battery',
      practiceName: 'Other',
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'email-in-use' } });
  });

  test('two sign-ups racing with one email: one 201, one 409, and no stray practice', async () => {
    const body = {
      displayName: 'A',
      email: 'race@example.test',
      password: 'correct horse battery',
      practiceName: 'P',
    };
    const answers = await Promise.all([
      new ApiAgent(harness.app).post('/api/auth/signup', body),
      new ApiAgent(harness.app).post('/api/auth/signup', body),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(harness.db.prepare('SELECT count(*) AS n FROM practices').get()).toEqual({ n: 1 });
  });

  test('sign-in with the right password works, the wrong one is a 401 that does not say which part was wrong', async () => {
    const { email: address } = await signUpTherapist(harness);
    const agent = new ApiAgent(harness.app);
    const wrong = await agent.post('/api/auth/login', { email: address, password: 'not the password' });
    expect(wrong.status).toBe(401);
    const unknown = await agent.post('/api/auth/login', {
      email: 'nobody@example.test',
      password: 'whatever it is',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    const right = await agent.post<UserBody>('/api/auth/login', {
      email: address,
      password: 'correct horse battery',
    });
    expect(right.status).toBe(200);
    expect(right.headers.get('set-cookie')).toMatch(/^interlude_session=/);
    expect((await agent.get('/api/me')).status).toBe(200);
  });

  test('sign-out ends only that session and asks the relay to close its sockets', async () => {
    const { agent, email: address } = await signUpTherapist(harness);
    const other = new ApiAgent(harness.app);
    await other.post('/api/auth/login', { email: address, password: 'correct horse battery' });
    const sessionCountBefore = harness.db.prepare('SELECT count(*) AS n FROM sessions').get() as {
      n: number;
    };
    expect(sessionCountBefore.n).toBe(2);

    const out = await agent.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(agent.cookie).toBeUndefined();
    expect(harness.connections.closedSessions).toHaveLength(1);
    expect((await agent.get('/api/me')).status).toBe(401);
    expect((await other.get('/api/me')).status).toBe(200);
  });

  test('GET /api/me without a session is a 401 in the error format', async () => {
    const response = await new ApiAgent(harness.app).get('/api/me');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'not-signed-in', message: expect.any(String) } });
  });
});

describe('session expiry (on the injectable clock)', () => {
  test('a session unused for 12 hours ends', async () => {
    const { agent } = await signUpTherapist(harness);
    harness.clock.advance(12 * HOUR - 1000);
    expect((await agent.get('/api/me')).status).toBe(200);
    harness.clock.advance(12 * HOUR - 1000);
    expect((await agent.get('/api/me')).status).toBe(200);
    harness.clock.advance(12 * HOUR);
    expect((await agent.get('/api/me')).status).toBe(401);
  });

  test('a session ends 30 days after sign-in even when used every few hours', async () => {
    const { agent } = await signUpTherapist(harness);
    for (let elapsed = 0; elapsed < 30 * 24 * HOUR - 6 * HOUR; elapsed += 6 * HOUR) {
      harness.clock.advance(6 * HOUR);
      expect((await agent.get('/api/me')).status).toBe(200);
    }
    harness.clock.advance(6 * HOUR);
    expect((await agent.get('/api/me')).status).toBe(401);
  });
});

describe('sign-in rate limiting', () => {
  test('after 10 failures an account is paused (429 with Retry-After) even with the right password, then recovers', async () => {
    const { email: address } = await signUpTherapist(harness);
    const attacker = new ApiAgent(harness.app);
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await attacker.request(
        'POST',
        '/api/auth/login',
        { email: address, password: `guess ${attempt}` },
        {
          'x-forwarded-for': `10.0.0.${attempt}`,
        },
      );
      expect(response.status).toBe(401);
    }
    const paused = await new ApiAgent(harness.app).post('/api/auth/login', {
      email: address,
      password: 'correct horse battery',
    });
    expect(paused.status).toBe(429);
    expect(paused.body).toMatchObject({ error: { code: 'too-many-attempts' } });
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(0);

    harness.clock.advance(15 * 60 * 1000);
    const later = await new ApiAgent(harness.app).post('/api/auth/login', {
      email: address,
      password: 'correct horse battery',
    });
    expect(later.status).toBe(200);
  });

  test('one address trying many accounts is paused after 50 attempts', async () => {
    const agent = new ApiAgent(harness.app);
    for (let attempt = 0; attempt < 50; attempt++) {
      const response = await agent.post('/api/auth/login', {
        email: `user${attempt}@example.test`,
        password: 'password',
      });
      expect(response.status).toBe(401);
    }
    const paused = await agent.post('/api/auth/login', {
      email: 'another@example.test',
      password: 'password',
    });
    expect(paused.status).toBe(429);
  });

  test('without a trusted proxy, a forged X-Forwarded-For does not escape the address limit', async () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      await new ApiAgent(harness.app).request(
        'POST',
        '/api/auth/login',
        { email: `u${attempt}@x.test`, password: 'p' },
        {
          'x-forwarded-for': `192.0.2.${attempt}`,
        },
      );
    }
    const forged = await new ApiAgent(harness.app).request(
      'POST',
      '/api/auth/login',
      { email: 'z@x.test', password: 'p' },
      {
        'x-forwarded-for': '198.51.100.99',
      },
    );
    expect(forged.status).toBe(429);
  });

  test('X-Forwarded-For is only believed behind a trusted proxy', async () => {
    harness.close();
    harness = createApiHarness({ trustProxy: true });
    const failures = async (forwardedFor: string) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        await new ApiAgent(harness.app).request(
          'POST',
          '/api/auth/login',
          { email: `u${attempt}@x.test`, password: 'password' },
          {
            'x-forwarded-for': forwardedFor,
          },
        );
      }
    };
    await failures('203.0.113.5');
    const sameAddress = await new ApiAgent(harness.app).request(
      'POST',
      '/api/auth/login',
      { email: 'z@x.test', password: 'p' },
      {
        'x-forwarded-for': '203.0.113.5',
      },
    );
    expect(sameAddress.status).toBe(429);
    const otherAddress = await new ApiAgent(harness.app).request(
      'POST',
      '/api/auth/login',
      { email: 'z@x.test', password: 'p' },
      {
        'x-forwarded-for': '198.51.100.7',
      },
    );
    expect(otherAddress.status).toBe(401);
  });
});
