import type { Accounts } from '../accounts.js';
import type { ClientRecord, User } from './people-types.js';

/** Creates a client account (no password yet) under the therapist, with its first invitation link. */
export function addClient(
  accounts: Accounts,
  therapist: User,
  input: { displayName: string; email: string },
): Promise<{ client: ClientRecord; invitationToken: string }> {
  return accounts.inTransaction(async (tx) => {
    const user = await accounts.users.in(tx).create({
      practiceId: therapist.practiceId,
      role: 'client',
      email: input.email,
      displayName: input.displayName,
      passwordHash: null,
    });
    const clients = accounts.clients.in(tx);
    await clients.create(user.id, therapist.id);
    const { token } = await accounts.links.in(tx).issue('invitation', user.id);
    return { client: (await clients.get(user.id))!, invitationToken: token };
  });
}
