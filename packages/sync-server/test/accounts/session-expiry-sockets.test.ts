import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CloseCode } from '@interlude/schema/sync';
import { afterEach, expect, test } from 'vitest';
import { defaultRelayLimits, testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { ServerSession } from './server-session.js';

const HOUR = 60 * 60 * 1000;
let server: RunningServer | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test("an expired session's open sockets close with 4401, so a socket never outlives its sign-in", async () => {
  const clock = new ManualClock(Date.now());
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-expiry-'));
  // No heartbeat inside the jump in time: pongs cannot arrive while the clock is moved by hand.
  const relay = { ...defaultRelayLimits, heartbeatIntervalMs: 365 * 24 * HOUR };
  server = await startServer(testConfig(dataDir, { relay }), {
    clock,
    accounts: {
      scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 },
      sessionPolicy: { idleTimeoutMs: 12 * HOUR, absoluteTimeoutMs: 30 * 24 * HOUR },
    },
  });
  const therapist = new ServerSession(server.url);
  await therapist.call('POST', '/api/auth/signup', {
    displayName: 'Therapist',
    email: 'therapist@example.test',
    password: 'correct horse battery',
    practiceName: 'Practice',
  });
  const added = await therapist.call<{ client: { id: string } }>('POST', '/api/clients', {
    displayName: 'Client',
    email: 'client@example.test',
  });
  const assigned = await therapist.call<{ id: string }>(
    'POST',
    `/api/clients/${added.body.client.id}/worksheets`,
    { templateId: 'thought-record' },
  );
  const socket = therapist.openWorksheet(assigned.body.id);
  await socket.firstFrame;

  clock.advance(11 * HOUR);
  await server.context.sessionConnections.sweepsSettled();
  expect(socket.socket.readyState).toBe(socket.socket.OPEN);

  clock.advance(2 * HOUR);
  expect(await socket.closed).toEqual({
    code: CloseCode.notSignedIn,
    reason: 'Your session has ended: sign in again',
  });
  expect((await therapist.call('GET', '/api/me')).status).toBe(401);
});
