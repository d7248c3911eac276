import type { Accounts } from '../accounts.js';
import type { LinkLookup } from './one-time-link-store.js';
import { hashPassword } from './password-hashing.js';
import type { User } from './people-types.js';

/** Why an invitation cannot be used: as looked up, or used by someone else while the password was hashed. */
export type UnusableInvitation = Exclude<LinkLookup, { state: 'valid' }> | { state: 'just-used' };

export class InvitationUnusable extends Error {
  override name = 'InvitationUnusable';
  constructor(readonly lookup: UnusableInvitation) {
    super(`The invitation cannot be used: ${lookup.state}`);
  }
}

/**
 * A client joins: they set a password with their invitation link (single use), which makes them an
 * active client, and the use is audited. Throws `InvitationUnusable` when the link cannot be used.
 */
export async function acceptInvitation(
  accounts: Accounts,
  input: { token: string; password: string; address?: string | null | undefined },
): Promise<User> {
  const link = await accounts.links.lookup('invitation', input.token);
  if (link.state !== 'valid') throw new InvitationUnusable(link);
  const passwordHash = await hashPassword(input.password, accounts.scrypt);
  if (!(await accounts.links.consume(link.tokenHash))) throw new InvitationUnusable({ state: 'just-used' });
  return accounts.inTransaction(async (tx) => {
    const users = accounts.users.in(tx);
    await users.setPasswordHash(link.userId, passwordHash);
    await accounts.clients.in(tx).markActive(link.userId);
    const user = (await users.get(link.userId))!;
    await accounts.audit.in(tx).record({
      action: 'invitation-used',
      practiceId: user.practiceId,
      actorUserId: user.id,
      subjectUserId: user.id,
      address: input.address ?? null,
    });
    return user;
  });
}
