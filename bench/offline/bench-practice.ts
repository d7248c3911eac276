import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testConfig } from '../../packages/sync-server/src/config.js';
import { type RunningServer, startServer } from '../../packages/sync-server/src/server.js';
import { ServerSession } from '../../packages/sync-server/test/accounts/server-session.js';

const password = 'correct horse battery';

/** A real server on a throwaway SQLite directory, a therapist, and a way to add clients with homework. */
export class BenchPractice {
  private clients = 0;

  private constructor(
    readonly server: RunningServer,
    readonly therapist: ServerSession,
    private readonly dataDir: string,
  ) {}

  /** `webDistDir`: serve the built web app too (for the browser figure). */
  static async start(webDistDir?: string): Promise<BenchPractice> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-bench-offline-'));
    const server = await startServer(testConfig(dataDir, webDistDir ? { webDistDir } : {}), {
      accounts: { scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 } },
    });
    const therapist = new ServerSession(server.url);
    await therapist.call('POST', '/api/auth/signup', {
      displayName: 'Therapist',
      email: 'therapist@bench.test',
      password,
      practiceName: 'Bench practice',
    });
    return new BenchPractice(server, therapist, dataDir);
  }

  /** A new signed-in client with `templates.length` worksheets assigned (their rooms not loaded yet). */
  async clientWith(
    templates: string[],
  ): Promise<{ session: ServerSession; worksheetIds: string[]; email: string; password: string }> {
    this.clients++;
    const email = `client-${this.clients}@bench.test`;
    const added = await this.therapist.call<{ client: { id: string }; invitationUrl: string }>(
      'POST',
      '/api/clients',
      { displayName: `Client ${this.clients}`, email },
    );
    const session = new ServerSession(this.server.url);
    const token = added.body.invitationUrl.split('/invite/')[1];
    await session.call('POST', `/api/invitations/${token}/accept`, { password });
    const worksheetIds: string[] = [];
    for (const templateId of templates) {
      const assigned = await this.therapist.call<{ id: string }>(
        'POST',
        `/api/clients/${added.body.client.id}/worksheets`,
        { templateId },
      );
      if (assigned.status !== 201) throw new Error(`Could not assign ${templateId}: ${assigned.status}`);
      worksheetIds.push(assigned.body.id);
    }
    return { session, worksheetIds, email, password };
  }

  async close(): Promise<void> {
    await this.server.close();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
