import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Y from 'yjs';
import { defaultRelayLimits, testConfig } from '../../src/config.js';
import { DERIVATION_DELAY_MS } from '../../src/progress/derivation-scheduler.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { ServerSession } from '../accounts/server-session.js';
import { SignedInProvider } from './signed-in-provider.js';

const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
const password = 'correct horse battery';

/** A real server (SQLite file, sockets) on a manual clock, a therapist and one client signed in. */
export class ProgressHarness {
  readonly providers: SignedInProvider[] = [];

  private constructor(
    readonly server: RunningServer,
    readonly clock: ManualClock,
    readonly dataDir: string,
    readonly therapist: ServerSession,
    readonly client: ServerSession,
    readonly clientId: string,
  ) {}

  static async start(): Promise<ProgressHarness> {
    const clock = new ManualClock(Date.UTC(2026, 0, 5, 9, 0, 0));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-progress-'));
    // Weeks pass in these tests: no heartbeat or session expiry inside a jump of the manual clock.
    const relay = { ...defaultRelayLimits, heartbeatIntervalMs: 365 * DAY };
    const server = await startServer(testConfig(dataDir, { relay }), {
      clock,
      accounts: {
        scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 },
        sessionPolicy: { idleTimeoutMs: 365 * DAY, absoluteTimeoutMs: 365 * DAY },
      },
    });
    const therapist = new ServerSession(server.url);
    await therapist.call('POST', '/api/auth/signup', {
      displayName: 'Therapist',
      email: 'therapist@example.test',
      password,
      practiceName: 'Practice',
    });
    const added = await therapist.call<{ client: { id: string }; invitationUrl: string }>(
      'POST',
      '/api/clients',
      { displayName: 'Client', email: 'client@example.test' },
    );
    const client = new ServerSession(server.url);
    const token = added.body.invitationUrl.split('/invite/')[1];
    await client.call('POST', `/api/invitations/${token}/accept`, { password });
    return new ProgressHarness(server, clock, dataDir, therapist, client, added.body.client.id);
  }

  async assign(templateId: string, extra: Record<string, unknown> = {}): Promise<string> {
    const assigned = await this.therapist.call<{ id: string }>(
      'POST',
      `/api/clients/${this.clientId}/worksheets`,
      { templateId, ...extra },
    );
    if (assigned.status !== 201) throw new Error(`assign failed: ${JSON.stringify(assigned.body)}`);
    return assigned.body.id;
  }

  /** Opens the worksheet as `session` through a real y-websocket provider and waits until synced. */
  async open(worksheetId: string, session: ServerSession = this.client): Promise<SignedInProvider> {
    const provider = new SignedInProvider(this.server.url, worksheetId, session.cookie!);
    this.providers.push(provider);
    await provider.synced();
    return provider;
  }

  /** Makes an edit on the provider's document, waits until the relay stored it, then lets derivation run. */
  async edit(
    provider: SignedInProvider,
    worksheetId: string,
    edit: (doc: Y.Doc) => void,
    role: 'client' | 'therapist' = 'client',
  ): Promise<void> {
    const stored = new Promise<void>((resolve) => {
      const stop = this.server.context.relay.onUpdatesStored((event) => {
        if (event.worksheetId !== worksheetId || event.provenance.role !== role) return;
        stop();
        resolve();
      });
    });
    provider.doc.transact(() => edit(provider.doc));
    await stored;
    this.clock.advance(DERIVATION_DELAY_MS);
    await this.server.derivations.settled();
  }

  async close(): Promise<void> {
    for (const provider of this.providers.splice(0)) provider.destroy();
    await this.server.close();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Creates an own template whose one scale carries `metricKey`; returns its id. */
export async function createMetricTemplate(harness: ProgressHarness, metricKey: string): Promise<string> {
  const created = await harness.therapist.call<Record<string, unknown> & { id: string }>(
    'POST',
    '/api/templates',
    {},
  );
  const template = created.body;
  const saved = await harness.therapist.call('PUT', `/api/templates/${template.id}`, {
    title: 'Craving check',
    purpose: template.purpose,
    description: template.description,
    kind: 'worksheet',
    approaches: template.approaches,
    topics: template.topics,
    estimatedMinutes: template.estimatedMinutes,
    tags: template.tags,
    content: {
      type: 'doc',
      content: [
        {
          type: 'scale',
          attrs: { id: 'craving', label: 'How strong was the craving?', min: 0, max: 10, metricKey },
        },
      ],
    },
  });
  if (saved.status !== 200) throw new Error(`template save failed: ${JSON.stringify(saved.body)}`);
  return template.id;
}
