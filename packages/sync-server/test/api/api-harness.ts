import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import * as Y from 'yjs';
import { type Accounts, createAccounts } from '../../src/accounts.js';
import type {
  ConnectionControl,
  TemplateCatalogue,
  TemplateSummary,
  WorksheetDocuments,
} from '../../src/api/api-dependencies.js';
import { mountApi } from '../../src/api/create-api.js';
import { type ServerConfig, testConfig } from '../../src/config.js';
import { openDatabase, type SqliteDatabase } from '../../src/database/open-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';
import type { SqlDatabase, SqlExecutor } from '../../src/database/sql-database.js';
import type { SessionPolicy } from '../../src/people/session-store.js';
import { ManualClock } from '../../src/testing/manual-clock.js';

/** Cheap scrypt for tests: the format and code path are the same, only the work factor is lower. */
export const testScrypt = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };

export const ORIGIN = 'http://interlude.test';

export const fakeTemplate: TemplateSummary = {
  id: 'thought-record',
  version: 1,
  title: 'Thought record',
  kind: 'worksheet',
  purpose: 'Weigh a thought.',
  description: 'Notice a thought and weigh it.',
  estimatedMinutes: 15,
  tags: ['cbt'],
  source: 'built-in',
  approaches: ['cbt'],
  topics: ['mood'],
  evidence: null,
  measure: null,
  questions: ['What happened?'],
  archived: false,
  basedOn: null,
  updatedAt: null,
};

/** Records what the API asked the relay to close. */
export class RecordingConnections implements ConnectionControl {
  readonly closedUsers: string[] = [];
  readonly closedWorksheets: string[] = [];
  readonly closedSessions: string[] = [];
  closeUserConnections(userId: string, intent: string): void {
    this.closedUsers.push(`${userId}:${intent}`);
  }
  closeWorksheetConnections(worksheetId: string, intent: string): void {
    this.closedWorksheets.push(`${worksheetId}:${intent}`);
  }
  closeSessionConnections(sessionId: string): void {
    this.closedSessions.push(sessionId);
  }
  async writesSettled(): Promise<void> {}
}

export class InMemoryDocuments implements WorksheetDocuments {
  readonly updates = new Map<string, Uint8Array[]>();
  private counter = 0;
  /** The rows go to the accounts' database, in a transaction of their own. */
  constructor(private readonly sql: SqlDatabase) {}
  newWorksheetId(): string {
    this.counter++;
    return `worksheet-${this.counter}`.padEnd(22, '0');
  }
  /** Honours the contract: when the row writes throw, nothing is stored. */
  async create<T>(
    worksheetId: string,
    seed: Uint8Array,
    _author: unknown,
    recordRows: (tx: SqlExecutor) => T | Promise<T>,
  ): Promise<T> {
    if (this.updates.has(worksheetId)) throw new Error(`Worksheet ${worksheetId} already exists`);
    const result = await this.sql.transaction(recordRows);
    this.updates.set(worksheetId, [seed]);
    return result;
  }
  async append(worksheetId: string, update: Uint8Array): Promise<void> {
    this.updates.set(worksheetId, [...(this.updates.get(worksheetId) ?? []), update]);
  }
  async load(worksheetId: string): Promise<Uint8Array[]> {
    return [...(this.updates.get(worksheetId) ?? [])];
  }
  async delete(worksheetId: string): Promise<void> {
    this.updates.delete(worksheetId);
  }
}

export const fakeTemplates: TemplateCatalogue = {
  list: async () => [fakeTemplate],
  find: async (_practiceId, templateId) =>
    templateId === fakeTemplate.id ? { ...fakeTemplate, content: { type: 'doc', content: [] } } : undefined,
  async seedWorksheet(_practiceId, templateId, options) {
    if (templateId !== fakeTemplate.id) return undefined;
    if (options.content && (options.content as { type?: unknown }).type !== 'doc') {
      throw new Error('content must be a Tiptap document ({ type: "doc" })');
    }
    const doc = new Y.Doc();
    const title = options.title ?? fakeTemplate.title;
    doc.getMap('meta').set('title', title);
    return { template: fakeTemplate, title, update: Y.encodeStateAsUpdate(doc) };
  },
};

export interface ApiHarness {
  app: Hono;
  clock: ManualClock;
  db: SqliteDatabase;
  accounts: Accounts;
  config: ServerConfig;
  connections: RecordingConnections;
  documents: InMemoryDocuments;
  close(): void;
}

/**
 * `templates`: the catalogue the API seeds from (default: one fake template), or how to make it from the
 * harness's accounts (`serverTemplateCatalogue`, the real one, keeps own templates in the harness's database).
 */
export function createApiHarness(
  overrides: Partial<ServerConfig> = {},
  {
    templates = fakeTemplates,
    sessionPolicy,
  }: {
    templates?: TemplateCatalogue | ((accounts: Accounts) => TemplateCatalogue);
    /** Longer sessions for tests that move the clock on by weeks. */
    sessionPolicy?: SessionPolicy;
  } = {},
): ApiHarness {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-api-'));
  const config = testConfig(dataDir, overrides);
  const db = openDatabase(dataDir, {
    synchronous: 'NORMAL',
    migrations: serverMigrations,
  });
  const clock = new ManualClock();
  const accounts = createAccounts(db, clock, {
    scrypt: testScrypt,
    ...(sessionPolicy ? { sessionPolicy } : {}),
  });
  const connections = new RecordingConnections();
  const documents = new InMemoryDocuments(accounts.sql);
  const app = new Hono();
  const catalogue = typeof templates === 'function' ? templates(accounts) : templates;
  const served = { stateOf: async (id: string) => Y.mergeUpdates(await documents.load(id)) };
  mountApi(app, { config, accounts, connections, documents, served, templates: catalogue }, () => {});
  return {
    app,
    clock,
    db,
    accounts,
    config,
    connections,
    documents,
    close() {
      db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like caller: keeps its session cookie and sends our Origin on writes. */
export class ApiAgent {
  cookie: string | undefined;

  constructor(
    private readonly app: Hono,
    private readonly origin: string | null = ORIGIN,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { host: new URL(ORIGIN).host };
    if (this.origin && method !== 'GET') headers.origin = this.origin;
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, extraHeaders);
    const response = await this.app.request(`${ORIGIN}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value.endsWith('=') ? undefined : value;
    }
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json');
    return {
      status: response.status,
      body: (isJson && text ? JSON.parse(text) : text) as T,
      headers: response.headers,
    };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export interface UserBody {
  user: { id: string; email: string; displayName: string; role: string };
}

/** A unique address per call. */
export function email(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function signUpTherapist(
  harness: ApiHarness,
  name = 'Therapist',
): Promise<{ agent: ApiAgent; userId: string; email: string }> {
  const agent = new ApiAgent(harness.app);
  const address = email(name.toLowerCase());
  const response = await agent.post<UserBody>('/api/auth/signup', {
    displayName: name,
    email: address,
    password: 'correct horse battery',
    practiceName: `${name}'s practice`,
  });
  if (response.status !== 201) throw new Error(`signup failed: ${JSON.stringify(response.body)}`);
  return { agent, userId: response.body.user.id, email: address };
}

/** Adds a client through the API and accepts the invitation as them. */
export async function addActiveClient(
  harness: ApiHarness,
  therapist: ApiAgent,
  name = 'Client',
): Promise<{ agent: ApiAgent; clientId: string; email: string }> {
  const address = email(name.toLowerCase());
  const added = await therapist.post<{ client: { id: string }; invitationUrl: string }>('/api/clients', {
    displayName: name,
    email: address,
  });
  if (added.status !== 201) throw new Error(`add client failed: ${JSON.stringify(added.body)}`);
  const token = added.body.invitationUrl.split('/invite/')[1]!;
  const agent = new ApiAgent(harness.app);
  const accepted = await agent.post(`/api/invitations/${token}/accept`, { password: 'client password 1' });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  return { agent, clientId: added.body.client.id, email: address };
}

export async function assignWorksheet(
  therapist: ApiAgent,
  clientId: string,
  extra: Record<string, unknown> = {},
) {
  const response = await therapist.post<{ id: string }>(`/api/clients/${clientId}/worksheets`, {
    templateId: fakeTemplate.id,
    ...extra,
  });
  if (response.status !== 201) throw new Error(`assign failed: ${JSON.stringify(response.body)}`);
  return response.body.id;
}
