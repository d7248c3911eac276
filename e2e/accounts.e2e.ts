import { expect, test } from 'vitest';
import {
  expectNoSeriousAxeViolations,
  newContext,
  newPage,
  signInThroughUi,
  uniqueEmail,
  useBrowserSuite,
} from './harness/index.js';

const suite = useBrowserSuite();

// Issue 4: a therapist opens a practice, invites a client and assigns homework; the client joins
// through the link, chooses a password and finds the worksheet in their portal.
test('a therapist invites a client, who joins through the link and finds the assigned worksheet', async () => {
  const therapistEmail = uniqueEmail('therapist');
  const therapistPassword = 'calm-harbour-42';
  const clientEmail = uniqueEmail('client');
  const worksheetTitle = 'Walks this week';

  // The therapist: sign-up, then out and back in through the sign-in page.
  const therapistContext = await newContext(suite.browser, suite.baseUrl);
  await therapistContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.baseUrl });
  const { page: therapist, log: therapistLog } = await newPage(therapistContext);
  await therapist.goto('/sign-up');
  await therapist.getByLabel('Your name').fill('Robin Therapist');
  await therapist.getByLabel('Practice name').fill('Harbour Therapy');
  await therapist.getByLabel('Email').fill(therapistEmail);
  await therapist.getByLabel('Password').fill(therapistPassword);
  await therapist.getByRole('button', { name: 'Create account' }).click();
  await therapist.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

  await therapist.getByRole('button', { name: 'Sign out' }).click();
  await therapist.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await expectNoSeriousAxeViolations(therapist, 'the sign-in page');
  await signInThroughUi(therapist, { email: therapistEmail, password: therapistPassword });
  await therapist.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await therapist.getByText('No clients yet').waitFor();
  await expectNoSeriousAxeViolations(therapist, 'the therapist dashboard');

  // Add a client; the dialog shows the invitation link, which is copied to the clipboard.
  await therapist.getByRole('button', { name: 'Add client', exact: true }).click();
  const addDialog = therapist.getByRole('dialog', { name: 'Add a client' });
  await addDialog.getByLabel("Client's name").fill('Jo Client');
  await addDialog.getByLabel("Client's email").fill(clientEmail);
  await addDialog.getByRole('button', { name: 'Add client' }).click();
  const invitedDialog = therapist.getByRole('dialog', { name: 'Jo Client is added' });
  await invitedDialog.getByLabel('Invitation link').waitFor();
  await expectNoSeriousAxeViolations(therapist, 'the invitation dialog');
  await invitedDialog.getByRole('button', { name: 'Copy link' }).click();
  await invitedDialog.getByText('Link copied to the clipboard.').waitFor();
  const invitationUrl = await therapist.evaluate(() => navigator.clipboard.readText());
  expect(invitationUrl).toBe(await invitedDialog.getByLabel('Invitation link').inputValue());
  expect(new URL(invitationUrl).pathname).toMatch(/^\/invite\/.+/);

  // Open the client's page and assign a worksheet from the template library with a due date.
  await invitedDialog.getByRole('link', { name: "Open Jo Client's page" }).click();
  await therapist.getByRole('heading', { level: 1, name: 'Jo Client' }).waitFor();
  await therapist.getByRole('button', { name: 'Assign worksheet' }).click();
  const assignDialog = therapist.getByRole('dialog', { name: 'Assign a worksheet to Jo Client' });
  await assignDialog.getByRole('radio', { name: /SMART goal/ }).check();
  await assignDialog.getByLabel('Title (optional)').fill(worksheetTitle);
  await assignDialog.getByLabel('Due date').fill('2099-03-14');
  await assignDialog.getByRole('button', { name: 'Send now' }).click();
  await assignDialog.waitFor({ state: 'hidden' });
  const assigned = therapist.getByRole('listitem').filter({ hasText: worksheetTitle });
  await assigned.getByText('Not started').waitFor();
  await assigned.getByText(/Due 14 Mar 2099/).waitFor();

  // The client, in their own browser profile, follows the link and chooses a password.
  const clientContext = await newContext(suite.browser, suite.baseUrl, { phone: true });
  const { page: client, log: clientLog } = await newPage(clientContext);
  await client.goto(invitationUrl);
  await client.getByRole('heading', { level: 1, name: 'Welcome, Jo Client' }).waitFor();
  await expectNoSeriousAxeViolations(client, 'the invitation page');
  await client.getByLabel('New password').fill('quiet-morning-17');
  await client.getByLabel('Repeat the password').fill('quiet-morning-17');
  await client.getByRole('button', { name: 'Join' }).click();

  await client.getByRole('heading', { level: 1, name: 'My homework' }).waitFor();
  const homework = client.getByRole('region', { name: /New/ });
  await homework.getByRole('link', { name: worksheetTitle }).waitFor();
  await expectNoSeriousAxeViolations(client, 'the client portal');

  // The therapist sees the client as active now.
  await therapist.reload();
  await therapist.getByText('Active', { exact: true }).waitFor();

  expect(therapistLog.errors).toEqual([]);
  expect(clientLog.errors).toEqual([]);
  await Promise.all([therapistContext.close(), clientContext.close()]);
});

test('a wrong password is refused with a message and no sign-in', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(uniqueEmail('nobody'));
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await context.close();
});

test('signed-out visitors are sent to sign-in, and back to where they were going afterwards', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const { page } = await newPage(context);
  await page.goto('/settings');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  expect(new URL(page.url()).searchParams.get('next')).toBe('/settings');
  await context.close();
});

test('when the session ends elsewhere, the next request leads back to sign-in', async () => {
  const context = await newContext(suite.browser, suite.baseUrl);
  const email = uniqueEmail('therapist');
  await context.request.post('/api/auth/signup', {
    data: { displayName: 'Kim', email, password: 'steady-river-31', practiceName: 'Kim Practice' },
  });
  const { page } = await newPage(context);
  await page.goto('/clients');
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await context.request.post('/api/auth/logout');
  // The next request, whichever comes first: the page's own background refresh, or a click on a link.
  const signIn = page.getByRole('heading', { level: 1, name: 'Sign in' });
  const practice = page.getByRole('link', { name: 'Practice', exact: true });
  await Promise.race([signIn.waitFor(), practice.click({ noWaitAfter: true }).catch(() => undefined)]);
  await signIn.waitFor();
  await context.close();
});
