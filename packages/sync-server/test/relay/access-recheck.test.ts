import { CloseCode } from '@interlude/schema/sync';
import { describe, expect, test } from 'vitest';
import { clientAccess, createRelayFixture, worksheetA } from '../helpers/relay-fixture.js';

describe('A6 access re-checked at attach', () => {
  test('A6: a socket whose access ended between the upgrade decision and its opening is closed with 4404 and never joins a room', () => {
    const fixture = createRelayFixture();
    const client = fixture.connect({ ...clientAccess, stillGranted: () => false });
    expect(client.socket.closed?.code).toBe(CloseCode.notFound);
    expect(fixture.relay.hasRoom(worksheetA)).toBe(false);
  });

  test('A6: a socket whose access still holds joins as usual', async () => {
    const fixture = createRelayFixture();
    const client = await fixture.join({ ...clientAccess, stillGranted: () => true });
    expect(client.socket.closed).toBeNull();
    expect(fixture.relay.hasRoom(worksheetA)).toBe(true);
  });
});
