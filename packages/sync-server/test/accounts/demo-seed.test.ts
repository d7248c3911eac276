import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { worksheetDocToJSON } from '@interlude/schema/tiptap';
import { afterEach, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { loadConfig, testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ServerSession } from './server-session.js';

let server: RunningServer | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

test('first start with an empty database seeds the demo practice, once, and prints the credentials', async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-demo-'));
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line));
  // The settings the Quick start runs on (SQLite at synchronous=FULL, demo seeded), not the tests' lighter ones.
  const quickStart = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' }, null);
  expect(quickStart).toMatchObject({ sqliteSynchronous: 'FULL', seedDemo: true, databaseUrl: null });
  server = await startServer(quickStart);
  expect(printed.join('\n')).toMatch(/therapist@demo\.interlude \/ demo-therapist/);
  expect(printed.join('\n')).toMatch(/alex@demo\.interlude \/ demo-client/);

  const therapist = new ServerSession(server.url);
  expect(
    (
      await therapist.call('POST', '/api/auth/login', {
        email: 'therapist@demo.interlude',
        password: 'demo-therapist',
      })
    ).status,
  ).toBe(200);
  const clients = await therapist.call<{ email: string; status: string }[]>('GET', '/api/clients');
  expect(clients.body.map((client) => client.email).sort()).toEqual([
    'alex@demo.interlude',
    'sam@demo.interlude',
  ]);
  const worksheets = await therapist.call<
    { id: string; status: string; clientDisplayName: string; overdue: boolean }[]
  >('GET', '/api/worksheets');
  const statuses = worksheets.body.map((worksheet) => worksheet.status);
  expect(statuses).toEqual(expect.arrayContaining(['assigned', 'started', 'handed-in', 'reviewed']));
  expect(worksheets.body.some((worksheet) => worksheet.overdue)).toBe(true);

  // One worksheet holds prompts, a scale and a goal, with the client's answers in them.
  const goal = worksheets.body.find((worksheet) => worksheet.status === 'handed-in')!;
  const goalDoc = new Y.Doc();
  for (const update of (await server.context.documentStore.load(goal.id))!.updates)
    Y.applyUpdate(goalDoc, update);
  const goalJSON = JSON.stringify(worksheetDocToJSON(goalDoc).content);
  for (const type of ['"prompt"', '"scale"', '"goal"']) expect(goalJSON).toContain(type);
  expect(goalJSON).toContain('"progress":30');
  expect(goalJSON).toContain('"value":6');

  // Answers are real Yjs updates with client provenance, readable through the schema package.
  const started = worksheets.body.find((worksheet) => worksheet.status === 'started')!;
  const stored = await server.context.documentStore.load(started.id);
  const doc = new Y.Doc();
  for (const update of stored!.updates) Y.applyUpdate(doc, update);
  expect(JSON.stringify(worksheetDocToJSON(doc).content)).toContain('my manager did not reply to my idea');
  const provenance = await server.context.documentStore.provenanceSummary(started.id);
  expect(provenance.map((entry) => entry.role).sort()).toEqual(['client', 'therapist']);

  // Seeded through the same use cases as a therapist's clicks: each step is in the audit log.
  const { accounts } = server.context;
  const practiceId = (await accounts.users.get((await accounts.worksheets.get(goal.id))!.therapistId))!
    .practiceId;
  const actions = (await accounts.audit.listForPractice(practiceId, 100)).map((entry) => entry.action);
  const count = (action: string) => actions.filter((each) => each === action).length;
  expect(count('signed-up')).toBe(1);
  expect(count('invitation-used')).toBe(2);
  expect(count('assignment-created')).toBe(worksheets.body.length);
  expect(count('worksheet-reviewed')).toBe(1);
  expect(count('worksheet-handed-in')).toBe(2);
  // Overdue honestly: assigned a week ago, when the due date was still ahead.
  const overdue = worksheets.body.filter((worksheet) => worksheet.overdue);
  expect(overdue.length).toBeGreaterThan(0);
  for (const { id } of overdue) {
    const record = (await accounts.worksheets.get(id))!;
    const assignedDay = new Date(record.assignedAt).toISOString().slice(0, 10);
    expect(record.dueDate! >= assignedDay).toBe(true);
  }

  const alex = new ServerSession(server.url);
  expect(
    (await alex.call('POST', '/api/auth/login', { email: 'alex@demo.interlude', password: 'demo-client' }))
      .status,
  ).toBe(200);

  // A restart on the same data does not seed again.
  await server.close();
  printed.length = 0;
  server = await startServer(quickStart);
  expect(printed).toEqual([]);
});

test('seedDemo=false leaves the database empty', async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-demo-'));
  server = await startServer(testConfig(dataDir, { seedDemo: false }));
  expect(await server.context.accounts.practices.isEmpty()).toBe(true);
});
