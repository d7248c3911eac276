import { expect, test } from 'vitest';
import { signInProblems } from './sign-in-problems';

test('both fields are required, and a blank email counts as empty', () => {
  expect(signInProblems({ email: '', password: '' })).toEqual({
    email: 'Enter your email address.',
    password: 'Enter your password.',
  });
  expect(signInProblems({ email: '   ', password: 'x' })).toEqual({ email: 'Enter your email address.' });
});

test('filled in, nothing stops sending it', () => {
  expect(signInProblems({ email: 'alex@demo.interlude', password: 'demo-client' })).toEqual({});
});
