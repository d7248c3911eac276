import { dueDateProblem, repeatRuleProblem } from '@interlude/schema';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/http';
import type { Template, WorksheetSummary } from '../../api/types';
import { useAssignWorksheet, useTemplates } from '../../api/worksheets';
import { useSignedInMe } from '../../auth/signed-in';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { practiceIsoDay } from '../../ui/practice-day';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { RepeatFields } from './RepeatFields';
import { noRepeat, type RepeatFormValues, repeatRuleFrom } from './repeat-form';
import { TemplateOption } from './TemplateOption';

/** The server refuses longer notes with the same number. */
const NOTE_MAX_LENGTH = 500;

interface AssignForm extends RepeatFormValues {
  templateId: string;
  title: string;
  dueDate: string;
  note: string;
}

export interface AssignWorksheetDialogProps {
  clientId: string;
  clientName: string;
  open: boolean;
  onClose: () => void;
  /** A template chosen beforehand (the Library's "Assign to…"). */
  templateId?: string | undefined;
}

/**
 * Pick a template, optionally rename it, set a due date and a note, then send it now or keep it as a
 * draft to tailor in the editor first (the client sees nothing until it is sent).
 */
export function AssignWorksheetDialog({
  clientId,
  clientName,
  open,
  onClose,
  templateId,
}: AssignWorksheetDialogProps) {
  const templates = useTemplates();
  return (
    <Dialog open={open} onClose={onClose} title={`Assign a worksheet to ${clientName}`}>
      <QueryBoundary query={templates} loadingLabel="Loading the template library…">
        {(list) => (
          <AssignForm
            // A new pre-chosen template starts a fresh form.
            key={templateId ?? ''}
            clientId={clientId}
            clientName={clientName}
            // Archived templates stay in the Library but can no longer be assigned; the one chosen in the
            // Library comes first, where the therapist sees it chosen.
            templates={chosenFirst(
              list.filter((template) => !template.archived),
              templateId,
            )}
            chosenTemplateId={templateId}
            onSent={onClose}
          />
        )}
      </QueryBoundary>
    </Dialog>
  );
}

function AssignForm({
  clientId,
  clientName,
  templates,
  chosenTemplateId,
  onSent,
}: {
  clientId: string;
  clientName: string;
  templates: Template[];
  chosenTemplateId: string | undefined;
  onSent: () => void;
}) {
  const assign = useAssignWorksheet(clientId);
  const navigate = useNavigate();
  const { timeZone } = useSignedInMe().practice;
  const chosenIsListed = templates.some((template) => template.id === chosenTemplateId);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<AssignForm>({
    defaultValues: {
      templateId: chosenIsListed ? chosenTemplateId : '',
      title: '',
      dueDate: practiceIsoDay(timeZone, 7),
      note: '',
      ...noRepeat,
    },
  });
  const repeatValues = watch(['repeatEvery', 'customDays', 'repeatEnd', 'repeatCount', 'repeatUntil']);
  const [repeatEvery, customDays, repeatEnd, repeatCount, repeatUntil] = repeatValues;
  const repeatForm = { repeatEvery, customDays, repeatEnd, repeatCount, repeatUntil };
  const repeat = repeatRuleFrom(repeatForm);

  const submit = (send: boolean) =>
    handleSubmit(({ templateId, title, dueDate, note }) => {
      if (repeat && repeatRuleProblem(repeat, practiceIsoDay(timeZone))) return;
      assign.mutate(
        {
          templateId,
          send,
          ...(title.trim() ? { title: title.trim() } : {}),
          ...(dueDate ? { dueDate } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(repeat ? { repeat } : {}),
        },
        // A draft opens in the editor to be tailored for this client; the worksheet page can send it.
        {
          onSuccess: (worksheet: WorksheetSummary) =>
            send ? onSent() : navigate(`/worksheets/${worksheet.id}`),
        },
      );
    });

  return (
    <form onSubmit={submit(true)} noValidate className="form">
      {assign.error ? <Notice tone="error">{errorMessage(assign.error)}</Notice> : null}
      {chosenTemplateId && !chosenIsListed ? (
        <Notice tone="warning">
          The template chosen in the Library is not available. Choose another below.
        </Notice>
      ) : null}
      <fieldset
        className="template-picker"
        aria-invalid={errors.templateId ? true : undefined}
        aria-describedby={errors.templateId ? 'template-error' : undefined}
      >
        <legend className="field__label">Template</legend>
        {errors.templateId ? (
          <p id="template-error" className="field__error">
            {errors.templateId.message}
          </p>
        ) : null}
        <div className="template-picker__options">
          {templates.map((template) => (
            <TemplateOption
              key={template.id}
              template={template}
              input={register('templateId', { required: 'Choose a template.' })}
            />
          ))}
        </div>
      </fieldset>
      <TextField
        label="Title (optional)"
        hint="Leave empty to keep the template's title."
        autoComplete="off"
        {...register('title')}
      />
      <TextField
        label="Due date"
        type="date"
        min={practiceIsoDay(timeZone)}
        hint={`Today or later by your practice's calendar (time zone ${timeZone}); leave empty for no due date.`}
        error={errors.dueDate?.message}
        {...register('dueDate', {
          validate: (value) => dueDateProblem(value, practiceIsoDay(timeZone))?.message ?? true,
        })}
      />
      <TextAreaField
        label="Note to the client (optional)"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        hint={`${clientName} sees it under the worksheet in their list. Up to ${NOTE_MAX_LENGTH} characters.`}
        error={errors.note?.message}
        {...register('note', {
          maxLength: { value: NOTE_MAX_LENGTH, message: `Keep the note to ${NOTE_MAX_LENGTH} characters.` },
        })}
      />
      <RepeatFields
        // The dialog's form holds the repeat choices among its own fields.
        register={register}
        values={repeatForm}
        firstDay={practiceIsoDay(timeZone)}
      />
      <div className="form__actions">
        <Button
          type="submit"
          variant="primary"
          disabled={assign.isPending}
          busy={assign.isPending && assign.variables?.send === true}
        >
          Send now
        </Button>
        <Button
          type="button"
          // A repeating assignment is sent on each day; a draft would hold every later one back.
          disabled={assign.isPending || repeat !== null}
          busy={assign.isPending && assign.variables?.send === false}
          onClick={submit(false)}
        >
          Save as draft and tailor
        </Button>
      </div>
    </form>
  );
}

function chosenFirst(templates: Template[], chosenId: string | undefined): Template[] {
  const chosen = templates.find((template) => template.id === chosenId);
  return chosen ? [chosen, ...templates.filter((template) => template !== chosen)] : templates;
}
