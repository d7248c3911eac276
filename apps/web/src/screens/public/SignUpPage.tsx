import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/http';
import { type SignUpInput, useSignUp } from '../../api/session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MIN_PASSWORD_LENGTH, passwordRules } from './password-rules';

/** A therapist opens a practice; clients never sign up here (they join through an invitation). */
export function SignUpPage() {
  useDocumentTitle('Create a therapist account');
  const signUp = useSignUp();
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignUpInput>({ defaultValues: { displayName: '', email: '', password: '', practiceName: '' } });

  const onSubmit = handleSubmit((input) =>
    signUp.mutate(input, { onSuccess: () => navigate('/clients', { replace: true }) }),
  );

  return (
    <>
      <h1>Create a therapist account</h1>
      <p className="lead">Set up your practice, then invite clients to join you.</p>
      <form onSubmit={onSubmit} noValidate className="form">
        {signUp.error ? <Notice tone="error">{errorMessage(signUp.error)}</Notice> : null}
        <TextField
          label="Your name"
          autoComplete="name"
          hint="Clients see this name."
          error={errors.displayName?.message}
          {...register('displayName', { required: 'Enter your name.' })}
        />
        <TextField
          label="Practice name"
          autoComplete="organization"
          error={errors.practiceName?.message}
          {...register('practiceName', { required: 'Enter the name of your practice.' })}
        />
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          inputMode="email"
          error={errors.email?.message}
          {...register('email', { required: 'Enter your email address.' })}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={errors.password?.message}
          {...register('password', passwordRules)}
        />
        <Button type="submit" variant="primary" busy={signUp.isPending}>
          Create account
        </Button>
      </form>
      <p className="public__aside">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
