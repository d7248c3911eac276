import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/http';
import { queryKeys } from '../../api/query-keys';
import { type SignInInput, useSignIn } from '../../api/session';
import type { Me } from '../../api/types';
import { homePathFor, safeNextPath } from '../../auth/home-path';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const signIn = useSignIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInInput>({ defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit((input) =>
    signIn.mutate(input, {
      onSuccess: () => {
        // useSignIn has loaded the new person into the cache by now.
        const me = queryClient.getQueryData<Me | null>(queryKeys.me);
        navigate(safeNextPath(params.get('next')) ?? (me ? homePathFor(me.user.role) : '/'), {
          replace: true,
        });
      },
    }),
  );

  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">Welcome back. Sign in to continue with your worksheets.</p>
      <form onSubmit={onSubmit} noValidate className="form">
        {signIn.error ? <Notice tone="error">{errorMessage(signIn.error)}</Notice> : null}
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
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password', { required: 'Enter your password.' })}
        />
        <Button type="submit" variant="primary" busy={signIn.isPending}>
          Sign in
        </Button>
      </form>
      <p className="public__aside">
        Forgot your password? Ask your therapist for a reset link.
        <br />
        New practice? <Link to="/sign-up">Create a therapist account</Link>
      </p>
    </>
  );
}
