import { mayHoldSession } from '../access/access-policy.js';
import type { Accounts } from '../accounts.js';
import { type ScryptParameters, verifyPassword } from './password-hashing.js';
import type { User } from './people-types.js';

/**
 * Checked against when the email is unknown or has no password yet, so that answering takes as long
 * as for a real account and timing does not reveal which emails exist. No password matches it.
 */
function unmatchableHash({ cost, blockSize, parallelization }: ScryptParameters): string {
  return `scrypt$${cost}$${blockSize}$${parallelization}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(64).toString('base64')}`;
}

export type SignInOutcome =
  | { outcome: 'signed-in'; user: User }
  | { outcome: 'rate-limited'; retryAfterMs: number; user: User | undefined }
  | { outcome: 'wrong-credentials'; user: User | undefined }
  | { outcome: 'access-ended'; user: User };

/** Password sign-in with per-account and per-address limits on guessing. */
export async function signIn(
  accounts: Accounts,
  email: string,
  password: string,
  address: string,
): Promise<SignInOutcome> {
  const found = await accounts.users.findByEmail(email);
  const user = found && withoutPassword(found);
  const accountKey = found?.email ?? email.trim().toLowerCase();
  const retryAfterMs = Math.max(
    await accounts.signInPerAccount.retryAfterMs(accountKey),
    await accounts.signInPerAddress.retryAfterMs(address),
  );
  if (retryAfterMs > 0) return { outcome: 'rate-limited', retryAfterMs, user };
  await accounts.signInPerAddress.record(address);

  const matches = await verifyPassword(password, found?.passwordHash ?? unmatchableHash(accounts.scrypt));
  if (!found || !user || !found.passwordHash || !matches) {
    await accounts.signInPerAccount.record(accountKey);
    return { outcome: 'wrong-credentials', user };
  }
  await accounts.signInPerAccount.reset(accountKey);
  const client = user.role === 'client' ? await accounts.clients.get(user.id) : undefined;
  if (!mayHoldSession(user, client)) return { outcome: 'access-ended', user };
  return { outcome: 'signed-in', user };
}

export function withoutPassword<T extends { passwordHash: string | null }>(
  record: T,
): Omit<T, 'passwordHash'> {
  const { passwordHash: _hidden, ...rest } = record;
  return rest;
}
