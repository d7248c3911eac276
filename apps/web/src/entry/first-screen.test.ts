import { expect, test } from 'vitest';
import type { Me, Role } from '../api/types';
import { mayShowStandaloneSignIn, pathOnceSignedIn } from './first-screen';

// Only the role matters to where a person lands; the rest of "who am I" is not read here.
const signedInAs = (role: Role) => ({ user: { role } }) as Me;

test('the light sign-in form may show only on sign-in and "/", and only with no session kept here', () => {
  expect(mayShowStandaloneSignIn('/sign-in', null)).toBe(true);
  expect(mayShowStandaloneSignIn('/', null)).toBe(true);
  // A session kept on this device opens the app at once, online or offline.
  expect(mayShowStandaloneSignIn('/sign-in', 'user-1')).toBe(false);
  expect(mayShowStandaloneSignIn('/', 'user-1')).toBe(false);
  // Every other route is the app's: sign-up, invitations, resets, signed-in screens.
  for (const path of ['/sign-up', '/invite/abc', '/reset/abc', '/homework', '/worksheets/w1', '/sign-in/x']) {
    expect(mayShowStandaloneSignIn(path, null), path).toBe(false);
  }
});

test('once signed in, a person goes where they were heading, or to their start screen', () => {
  expect(pathOnceSignedIn(signedInAs('client'), '')).toBe('/homework');
  expect(pathOnceSignedIn(signedInAs('therapist'), '?other=1')).toBe('/clients');
  expect(pathOnceSignedIn(signedInAs('client'), '?next=%2Fworksheets%2Fw1')).toBe('/worksheets/w1');
  // Never to another site.
  expect(pathOnceSignedIn(signedInAs('client'), '?next=%2F%2Fevil.example')).toBe('/homework');
  expect(pathOnceSignedIn(signedInAs('therapist'), '?next=https%3A%2F%2Fevil.example')).toBe('/clients');
});
