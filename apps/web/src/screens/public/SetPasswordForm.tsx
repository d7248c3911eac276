import { useForm } from 'react-hook-form';
import { errorMessage } from '../../api/http';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { MIN_PASSWORD_LENGTH, passwordRules } from './password-rules';

interface PasswordInput {
  password: string;
  confirmation: string;
}

export interface SetPasswordFormProps {
  email?: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
}

/** Choose a password twice (for an invitation or a reset link). */
export function SetPasswordForm({ email, submitLabel, busy, error, onSubmit }: SetPasswordFormProps) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<PasswordInput>({ defaultValues: { password: '', confirmation: '' } });

  return (
    <form onSubmit={handleSubmit(({ password }) => onSubmit(password))} noValidate className="form">
      {error ? <Notice tone="error">{errorMessage(error)}</Notice> : null}
      {/* Lets password managers store the new password under the right account. */}
      {email ? <input type="hidden" name="username" autoComplete="username" value={email} /> : null}
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password?.message}
        {...register('password', passwordRules)}
      />
      <TextField
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmation?.message}
        {...register('confirmation', {
          required: 'Type the password again.',
          validate: (value, values) => value === values.password || 'The two passwords differ.',
        })}
      />
      <Button type="submit" variant="primary" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
