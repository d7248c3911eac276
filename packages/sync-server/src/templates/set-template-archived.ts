import { ownTemplateForChange } from './own-template-for-change.js';
import type { PracticeTemplate } from './practice-template.js';
import type { TemplateActor, TemplateUseCaseDependencies } from './template-use-case.js';

export interface SetTemplateArchivedInput extends TemplateActor {
  templateId: string;
  archived: boolean;
}

/**
 * Archives an own template (still listed, no longer offered for assigning or editing) or restores it.
 * Never deletes: assigned worksheets name it. Asking for the state it is already in changes nothing.
 */
export async function setTemplateArchived(
  { accounts, templates }: TemplateUseCaseDependencies,
  { therapist, templateId, archived, address }: SetTemplateArchivedInput,
): Promise<PracticeTemplate> {
  const own = await ownTemplateForChange(templates, accounts.templates, therapist.practiceId, templateId);
  if ((own.archivedAt !== null) === archived) return own;
  return accounts.inTransaction(async (tx) => {
    const changed = (await accounts.templates
      .in(tx)
      .setArchived(therapist.practiceId, own.id, archived ? accounts.clock.now() : null))!;
    await accounts.audit.in(tx).record({
      action: archived ? 'template-archived' : 'template-restored',
      practiceId: therapist.practiceId,
      actorUserId: therapist.id,
      address: address ?? null,
      details: { templateId: own.id, version: own.version },
    });
    return changed;
  });
}
