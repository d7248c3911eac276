import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, expect, test } from 'vitest';
import { testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ServerSession } from './server-session.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const command = path.resolve(here, '../../src/admin/reset-therapist-password.ts');
const tsx = path.resolve(here, '../../node_modules/.bin/tsx');

let server: RunningServer | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the admin command prints a one-time reset link that lets the therapist set a new password', async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-admin-'));
  server = await startServer(testConfig(dataDir), {
    accounts: { scrypt: { cost: 1024, blockSize: 8, parallelization: 1 } },
  });
  const therapist = new ServerSession(server.url);
  await therapist.call('POST', '/api/auth/signup', {
    displayName: 'T',
    email: 'locked-out@example.test',
    password: 'forgotten password',
    practiceName: 'P',
  });

  const { stdout } = await promisify(execFile)(tsx, [command, 'Locked-Out@example.test'], {
    env: { ...process.env, DATA_DIR: dataDir, PUBLIC_URL: 'https://care.example.org' },
  });
  const link = stdout.match(/https:\/\/care\.example\.org\/reset\/(\S+)/);
  expect(link).not.toBeNull();

  const visitor = new ServerSession(server.url);
  const reset = await visitor.call('POST', `/api/password-resets/${link![1]}`, {
    password: 'a brand new password',
  });
  expect(reset.status).toBe(200);
  const login = await new ServerSession(server.url).call('POST', '/api/auth/login', {
    email: 'locked-out@example.test',
    password: 'a brand new password',
  });
  expect(login.status).toBe(200);
});

test('an unknown email is refused with a clear message and exit code 1', async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-admin-'));
  server = await startServer(testConfig(dataDir));
  const failure = await promisify(execFile)(tsx, [command, 'nobody@example.test'], {
    env: { ...process.env, DATA_DIR: dataDir },
  }).catch((error: { code: number; stderr: string }) => error);
  expect(failure).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/No therapist account has the email/),
  });
});
