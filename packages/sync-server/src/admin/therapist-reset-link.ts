import type { Accounts } from '../accounts.js';

export class AdminCommandError extends Error {
  override name = 'AdminCommandError';
}

/**
 * Issues a one-time password reset link token for a therapist (valid 24 hours; any earlier reset
 * link stops working). The person running the command passes the link on by a channel they trust.
 */
export async function issueTherapistResetToken(
  accounts: Accounts,
  email: string,
): Promise<{ token: string; expiresAt: number }> {
  const user = await accounts.users.findByEmail(email);
  if (user?.role !== 'therapist') {
    throw new AdminCommandError(
      `No therapist account has the email "${email}". Check the spelling, or sign up instead.`,
    );
  }
  const issued = await accounts.links.issue('password-reset', user.id);
  await accounts.audit.record({
    action: 'reset-link-created',
    practiceId: user.practiceId,
    subjectUserId: user.id,
    details: { issuedBy: 'admin-command' },
  });
  return issued;
}
