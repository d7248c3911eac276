import type { Accounts } from '../accounts.js';
import { hashPassword } from './password-hashing.js';
import type { Practice, User } from './people-types.js';

/** Someone already has an account with this email: they should sign in instead. */
export class EmailInUse extends Error {
  override name = 'EmailInUse';
  constructor() {
    super('An account with this email already exists. Sign in instead.');
  }
}

export interface SignUpTherapistInput {
  displayName: string;
  email: string;
  password: string;
  practiceName: string;
  /** The client address, for the audit entry. */
  address?: string | null | undefined;
}

/** A therapist signs up: a new practice and its therapist account, created together, and audited. */
export async function signUpTherapist(
  accounts: Accounts,
  input: SignUpTherapistInput,
): Promise<{ practice: Practice; user: User }> {
  if (await accounts.users.emailInUse(input.email)) throw new EmailInUse();
  const passwordHash = await hashPassword(input.password, accounts.scrypt);
  return accounts.inTransaction(async (tx) => {
    const practice = await accounts.practices.in(tx).create(input.practiceName);
    const user = await accounts.users.in(tx).create({
      practiceId: practice.id,
      role: 'therapist',
      email: input.email,
      displayName: input.displayName,
      passwordHash,
    });
    await accounts.audit.in(tx).record({
      action: 'signed-up',
      practiceId: practice.id,
      actorUserId: user.id,
      address: input.address ?? null,
    });
    return { practice, user };
  });
}
