import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import type { SignInInput } from '../../api/who-am-i';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { type SignInProblems, signInProblems } from './sign-in-problems';

export interface SignInFormProps {
  /** Called with checked input; the caller signs in and reports how it went through `error`/`busy`. */
  onSubmit: (input: SignInInput) => void;
  busy: boolean;
  /** The server's answer to the last attempt, as a sentence a person can act on. */
  error: string | null;
  /** "Create a therapist account": a router link in the app, a plain link on the first page. */
  signUpLink: ReactNode;
}

/**
 * The sign-in screen's content, shared by the first page a new visitor gets (no router, no query
 * library: `entry/StandaloneSignIn.tsx`) and the app's own sign-in route, so both look and behave
 * the same. Two required fields need no form library.
 */
export function SignInForm({ onSubmit, busy, error, signUpLink }: SignInFormProps) {
  useDocumentTitle('Sign in');
  const [problems, setProblems] = useState<SignInProblems | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const currentInput = (): SignInInput => ({
    email: emailRef.current?.value ?? '',
    password: passwordRef.current?.value ?? '',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = currentInput();
    const found = signInProblems(input);
    setProblems(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    onSubmit(input);
  };

  // Once the form was sent with a problem, each field is checked again as it changes.
  const recheck = () => {
    if (problems) setProblems(signInProblems(currentInput()));
  };

  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">Welcome back. Sign in to continue with your worksheets.</p>
      <form onSubmit={submit} noValidate className="form">
        {error ? <Notice tone="error">{error}</Notice> : null}
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
        <Button type="submit" variant="primary" busy={busy}>
          Sign in
        </Button>
      </form>
      <p className="public__aside">
        Forgot your password? Ask your therapist for a reset link.
        <br />
        New practice? {signUpLink}
      </p>
    </>
  );
}
