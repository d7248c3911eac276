import type { Accounts } from '../accounts.js';
import type { User } from '../people/people-types.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';
import type { FlagAcknowledgement } from './flag-acknowledgement-store.js';

/** Only a raised flag can be acknowledged. */
export class NoSafetyFlag extends Error {
  override name = 'NoSafetyFlag';
  constructor() {
    super('This worksheet has no safety flag to acknowledge.');
  }
}

/** Whether the worksheet's safety flag still waits for the therapist's acknowledgement. */
export async function flagAwaitsAcknowledgement(
  accounts: Accounts,
  worksheet: WorksheetRecord,
): Promise<boolean> {
  if (worksheet.measureFlagRaisedAt === null) return false;
  const latest = await accounts.acknowledgements.latest(worksheet.id);
  return latest === undefined || latest.flagRaisedAt < worksheet.measureFlagRaisedAt;
}

/**
 * The therapist acknowledges a safety flag (before or after hand-in) with a note of what they did; the
 * acknowledgement is audited (without the note, which stays with the therapist).
 */
export async function acknowledgeSafetyFlag(
  accounts: Accounts,
  input: { therapist: User; worksheet: WorksheetRecord; note: string; address?: string | null | undefined },
): Promise<FlagAcknowledgement> {
  const { therapist, worksheet } = input;
  if (worksheet.measureFlagRaisedAt === null) throw new NoSafetyFlag();
  return accounts.inTransaction(async (tx) => {
    const acknowledgement = await accounts.acknowledgements.in(tx).record({
      worksheetId: worksheet.id,
      therapistId: therapist.id,
      flagRaisedAt: worksheet.measureFlagRaisedAt!,
      acknowledgedAt: accounts.clock.now(),
      note: input.note,
    });
    await accounts.audit.in(tx).record({
      action: 'measure-flag-acknowledged',
      practiceId: therapist.practiceId,
      actorUserId: therapist.id,
      subjectUserId: worksheet.clientId,
      worksheetId: worksheet.id,
      address: input.address ?? null,
      details: { measure: worksheet.measureResult?.measureId ?? '' },
    });
    return acknowledgement;
  });
}
