import { isTimeZone } from '@interlude/schema';
import { useForm } from 'react-hook-form';
import { errorMessage } from '../../api/http';
import { usePractice, useUpdatePractice } from '../../api/practice';
import type { Practice } from '../../api/types';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

export function PracticeSettingsPage() {
  useDocumentTitle('Practice settings');
  const practice = usePractice();
  return (
    <>
      <PageHeader title="Practice settings" description="What your clients see of your practice." />
      <QueryBoundary query={practice} loadingLabel="Loading your practice…">
        {(loaded) => <PracticeForm practice={loaded} />}
      </QueryBoundary>
    </>
  );
}

interface PracticeInput {
  name: string;
  crisisText: string;
  timeZone: string;
}

/** The zone this browser runs in, offered as the practice's when it differs. */
const deviceTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function PracticeForm({ practice }: { practice: Practice }) {
  const update = useUpdatePractice();
  const {
    register,
    handleSubmit,
    reset,
    setValue,
    watch,
    formState: { errors, isDirty },
  } = useForm<PracticeInput>({
    defaultValues: { name: practice.name, crisisText: practice.crisisText, timeZone: practice.timeZone },
  });
  const timeZone = watch('timeZone');

  return (
    <form
      className="form card form--wide"
      noValidate
      onSubmit={handleSubmit((input) =>
        update.mutate(input, { onSuccess: (saved) => reset(saved ?? input) }),
      )}
    >
      {update.error ? <Notice tone="error">{errorMessage(update.error)}</Notice> : null}
      {update.isSuccess && !isDirty ? <Notice tone="success">Saved.</Notice> : null}
      <TextField
        label="Practice name"
        error={errors.name?.message}
        {...register('name', { required: 'Enter the name of your practice.' })}
      />
      <TextAreaField
        label="Crisis information"
        rows={4}
        hint="Shown to your clients on every screen of their portal: who to call when they need help now."
        {...register('crisisText')}
      />
      <TextField
        label="Time zone"
        autoComplete="off"
        spellCheck={false}
        hint="Due dates follow this calendar: a worksheet can be due today or later here. A name like Europe/London."
        error={errors.timeZone?.message}
        {...register('timeZone', {
          setValueAs: (value: string) => value.trim(),
          validate: (value) =>
            isTimeZone(value) || 'Use a time zone name like Europe/London or America/New_York.',
        })}
      />
      {deviceTimeZone && timeZone !== deviceTimeZone ? (
        <div>
          <Button
            type="button"
            variant="quiet"
            onClick={() => setValue('timeZone', deviceTimeZone, { shouldDirty: true, shouldValidate: true })}
          >
            Use this device’s time zone ({deviceTimeZone})
          </Button>
        </div>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={update.isPending} disabled={!isDirty}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
