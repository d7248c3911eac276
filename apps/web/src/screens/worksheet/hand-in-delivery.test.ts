import { describe, expect, test } from 'vitest';
import { handInDelivery } from './hand-in-delivery';

const handedIn = '2026-11-26T02:00:00.000Z';
const notOnServer = { status: 'started', handedInAt: null };
const onServer = { status: 'handed-in', handedInAt: handedIn };
const offline = { status: 'device-only', link: 'offline', closed: null } as const;
const closed = { status: 'device-only', link: 'online', closed: { code: 4401, reason: '' } } as const;
const saved = { status: 'all-saved', link: 'online', closed: null } as const;
const sending = { status: 'sending', link: 'online', closed: null } as const;

describe('handInDelivery', () => {
  test('offline, or after the connection ended, a hand-in the server lacks is only on this device', () => {
    expect(handInDelivery({ localHandedInAt: handedIn, server: notOnServer, connection: offline })).toBe(
      'on-device',
    );
    expect(handInDelivery({ localHandedInAt: handedIn, server: notOnServer, connection: closed })).toBe(
      'on-device',
    );
  });

  test('all saved (the server echoed everything) means delivered', () => {
    expect(handInDelivery({ localHandedInAt: handedIn, server: notOnServer, connection: saved })).toBe(
      'delivered',
    );
  });

  test('online but not yet echoed is on its way', () => {
    expect(handInDelivery({ localHandedInAt: handedIn, server: notOnServer, connection: sending })).toBe(
      'sending',
    );
  });

  test('the API reporting this hand-in means delivered, even while offline later', () => {
    expect(handInDelivery({ localHandedInAt: handedIn, server: onServer, connection: offline })).toBe(
      'delivered',
    );
  });

  test('reviewed once the therapist marked this hand-in reviewed', () => {
    const reviewed = { status: 'reviewed', handedInAt: handedIn };
    expect(handInDelivery({ localHandedInAt: handedIn, server: reviewed, connection: sending })).toBe(
      'reviewed',
    );
  });

  test('an older hand-in on the server does not count for a newer one here', () => {
    const older = { status: 'reviewed', handedInAt: '2026-11-20T10:00:00.000Z' };
    expect(handInDelivery({ localHandedInAt: handedIn, server: older, connection: offline })).toBe(
      'on-device',
    );
  });
});
