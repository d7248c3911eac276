import { LIBRARY_TOPICS, THERAPY_APPROACHES } from '@interlude/schema';
import { type UseFormRegisterReturn, useForm } from 'react-hook-form';
import type { TemplateDetail } from '../../../api/templates';
import { TextAreaField, TextField } from '../../../ui/Field';
import { KIND_LABELS } from '../template-labels';
import { formValuesOf, type TemplateFormValues } from './template-form-values';

export interface TemplateDetailsFormProps {
  /** The form's id: its Save button sits in the page's save bar (`form` attribute), always in view. */
  id: string;
  template: TemplateDetail;
  onSave: (values: TemplateFormValues) => void;
}

const editableKinds = ['worksheet', 'journaling', 'goal-setting'] as const;

/** Title, purpose, kind, approaches, topics, time and tags of an own template (never "scored measure"). */
export function TemplateDetailsForm({ id, template, onSave }: TemplateDetailsFormProps) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<TemplateFormValues>({ defaultValues: formValuesOf(template) });

  return (
    <form id={id} className="form template-details" noValidate onSubmit={handleSubmit(onSave)}>
      <TextField
        label="Title"
        error={errors.title?.message}
        {...register('title', { validate: (value) => value.trim() !== '' || 'Give the template a title.' })}
      />
      <TextField
        label="Purpose"
        hint="One line on the library card: what the client does and why."
        {...register('purpose')}
      />
      <TextAreaField
        label="When to use it"
        hint="For you and colleagues, not shown to clients."
        {...register('description')}
      />
      <div className="field">
        <label className="field__label" htmlFor="template-kind">
          Kind
        </label>
        <select id="template-kind" className="field__control" {...register('kind')}>
          {editableKinds.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <CheckboxGroup legend="Approaches" options={THERAPY_APPROACHES} input={register('approaches')} />
      <CheckboxGroup legend="Topics" options={LIBRARY_TOPICS} input={register('topics')} />
      <TextField
        label="Time to complete (minutes)"
        type="number"
        min={1}
        max={240}
        error={errors.estimatedMinutes?.message}
        {...register('estimatedMinutes', {
          valueAsNumber: true,
          validate: (value) =>
            (Number.isInteger(value) && value >= 1 && value <= 240) || 'Between 1 and 240 minutes.',
        })}
      />
      <TextField label="Tags" hint="Separated by commas." autoComplete="off" {...register('tags')} />
    </form>
  );
}

function CheckboxGroup({
  legend,
  options,
  input,
}: {
  legend: string;
  options: Record<string, string>;
  input: UseFormRegisterReturn;
}) {
  return (
    <fieldset className="checkbox-group">
      <legend className="field__label">{legend}</legend>
      {Object.entries(options).map(([value, label]) => (
        <label key={value} className="checkbox-group__option">
          <input type="checkbox" value={value} {...input} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
