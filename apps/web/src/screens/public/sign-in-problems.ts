import type { SignInInput } from '../../api/who-am-i';

export interface SignInProblems {
  email?: string;
  password?: string;
}

/** What keeps the sign-in form from being sent; the server still judges the credentials. */
export function signInProblems(input: SignInInput): SignInProblems {
  return {
    ...(input.email.trim() === '' ? { email: 'Enter your email address.' } : {}),
    ...(input.password === '' ? { password: 'Enter your password.' } : {}),
  };
}
