import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ServerSession } from './server-session.js';

/** A real server on a fresh SQLite folder with one therapist and one client who accepted the invitation. */
export interface PracticeWithClient {
  server: RunningServer;
  therapist: ServerSession;
  client: ServerSession;
  /** The client's id in the therapist's practice (`/api/clients/:clientId`). */
  clientId: string;
  /** The client's user id (who the relay sees). */
  clientUserId: string;
  /** Stops the server and deletes its folder. */
  close(): Promise<void>;
}

const password = 'correct horse battery';

export async function startPracticeWithClient(folderPrefix: string): Promise<PracticeWithClient> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  // Cheap scrypt: the tests sign in often, the hashing itself is tested elsewhere.
  const server = await startServer(testConfig(dataDir), {
    accounts: { scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 } },
  });
  const people = await signUpPracticeWithClient(server);
  return {
    server,
    ...people,
    close: async () => {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** On a running server: a therapist signs up, adds a client, and the client accepts the invitation. */
export async function signUpPracticeWithClient(server: RunningServer) {
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
    {
      displayName: 'Client',
      email: 'client@example.test',
    },
  );
  const client = new ServerSession(server.url);
  const token = added.body.invitationUrl.split('/invite/')[1];
  const accepted = await client.call<{ user: { id: string } }>('POST', `/api/invitations/${token}/accept`, {
    password,
  });
  return { therapist, client, clientId: added.body.client.id, clientUserId: accepted.body.user.id };
}
