import { dueDateProblem } from '@interlude/schema';
import { useForm } from 'react-hook-form';
import { errorMessage } from '../../api/http';
import type { Template } from '../../api/types';
import { useAssignWorksheet, useTemplates } from '../../api/worksheets';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { todayIsoDay } from '../../ui/dates';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { TemplateOption } from './TemplateOption';

interface AssignForm {
  templateId: string;
  title: string;
  dueDate: string;
}

export interface AssignWorksheetDialogProps {
  clientId: string;
  clientName: string;
  open: boolean;
  onClose: () => void;
}

/** Pick a template from the library, optionally rename it, set a due date, assign. */
export function AssignWorksheetDialog({ clientId, clientName, open, onClose }: AssignWorksheetDialogProps) {
  const templates = useTemplates();
  return (
    <Dialog open={open} onClose={onClose} title={`Assign a worksheet to ${clientName}`}>
      <QueryBoundary query={templates} loadingLabel="Loading the template library…">
        {(list) => <AssignForm clientId={clientId} templates={list} onAssigned={onClose} />}
      </QueryBoundary>
    </Dialog>
  );
}

function AssignForm({
  clientId,
  templates,
  onAssigned,
}: {
  clientId: string;
  templates: Template[];
  onAssigned: () => void;
}) {
  const assign = useAssignWorksheet(clientId);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AssignForm>({ defaultValues: { templateId: '', title: '', dueDate: todayIsoDay(7) } });

  const onSubmit = handleSubmit(({ templateId, title, dueDate }) =>
    assign.mutate(
      { templateId, ...(title.trim() ? { title: title.trim() } : {}), ...(dueDate ? { dueDate } : {}) },
      { onSuccess: onAssigned },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {assign.error ? <Notice tone="error">{errorMessage(assign.error)}</Notice> : null}
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
        min={todayIsoDay()}
        hint="Today or later; leave empty for no due date."
        error={errors.dueDate?.message}
        {...register('dueDate', {
          validate: (value) => dueDateProblem(value, todayIsoDay())?.message ?? true,
        })}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={assign.isPending}>
          Assign worksheet
        </Button>
      </div>
    </form>
  );
}
