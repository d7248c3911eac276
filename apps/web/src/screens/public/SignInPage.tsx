import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
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
import { type SignInProblems, signInProblems } from './sign-in-problems';

/**
 * The first screen a new visitor sees, so it is kept light: a plain form (two required fields
 * need no form library), in the first download while every other screen loads when opened.
 */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const signIn = useSignIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [problems, setProblems] = useState<SignInProblems | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const currentInput = (): SignInInput => ({
    email: emailRef.current?.value ?? '',
    password: passwordRef.current?.value ?? '',
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = currentInput();
    const found = signInProblems(input);
    setProblems(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    signIn.mutate(input, {
      onSuccess: () => {
        // useSignIn has loaded the new person into the cache by now.
        const me = queryClient.getQueryData<Me | null>(queryKeys.me);
        navigate(safeNextPath(params.get('next')) ?? (me ? homePathFor(me.user.role) : '/'), {
          replace: true,
        });
      },
    });
  };

  // Once the form was sent with a problem, each field is checked again as it changes.
  const recheck = () => {
    if (problems) setProblems(signInProblems(currentInput()));
  };

  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">Welcome back. Sign in to continue with your worksheets.</p>
      <form onSubmit={onSubmit} noValidate className="form">
        {signIn.error ? <Notice tone="error">{errorMessage(signIn.error)}</Notice> : null}
        <TextField
          ref={emailRef}
          name="email"
          label="Email"
          type="email"
          autoComplete="username"
          inputMode="email"
          error={problems?.email}
          onChange={recheck}
        />
        <TextField
          ref={passwordRef}
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={problems?.password}
          onChange={recheck}
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
