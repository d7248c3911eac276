import { errorMessage } from '../../../api/http';
import type { useSaveTemplate } from '../../../api/templates';
import { Button } from '../../../ui/Button';

export interface TemplateSaveBarProps {
  /** The details form this Save submits (the content is read from the editor when it does). */
  formId: string;
  /** The version saved now; Save makes the next one. */
  version: number;
  save: ReturnType<typeof useSaveTemplate>;
}

/**
 * Save and what became of it, kept at the bottom of the window: the editor and the details form together
 * are many screens long (on a phone the form comes after the whole template), so a Save at the end of the
 * form, with its outcome at the top of it, left the therapist scrolling to save and never seeing "Saved".
 */
export function TemplateSaveBar({ formId, version, save }: TemplateSaveBarProps) {
  return (
    <div className="template-savebar">
      <p className="template-savebar__status" role="status">
        {save.isPending
          ? 'Saving…'
          : save.isSuccess
            ? `Saved as version ${save.data.version}.`
            : `Save makes version ${version + 1}.`}
      </p>
      {save.error ? (
        <p className="template-savebar__error" role="alert">
          {errorMessage(save.error)}
        </p>
      ) : null}
      <Button type="submit" form={formId} variant="primary" busy={save.isPending}>
        Save
      </Button>
    </div>
  );
}
