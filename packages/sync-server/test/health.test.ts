import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { testConfig } from '../src/config.js';
import { type RunningServer, startServer } from '../src/server.js';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
});

test('GET /health answers 200 with JSON once storage is open', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-health-'));
  server = await startServer(testConfig(dataDir));
  const response = await fetch(`${server.url}/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok' });
  expect(fs.existsSync(path.join(dataDir, 'interlude.sqlite'))).toBe(true);
});
