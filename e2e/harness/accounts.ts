import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';

export interface Credentials {
  email: string;
  password: string;
}

/** The practice seeded on first start when `seedDemo` is on (see docs/api.md). */
export const demoAccounts = {
  therapist: { email: 'therapist@demo.interlude', password: 'demo-therapist' },
  alex: { email: 'alex@demo.interlude', password: 'demo-client' },
  sam: { email: 'sam@demo.interlude', password: 'demo-client' },
} as const satisfies Record<string, Credentials>;

/** Signs in the way a person does: the sign-in form, then waits until the app has left /sign-in. */
export async function signInThroughUi(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
}

/**
 * Signs in through the JSON API with the context's own request client, so the session cookie lands
 * in the browser context. Faster than the form when the form is not what the test is about.
 */
export async function signInThroughApi(context: BrowserContext, credentials: Credentials): Promise<void> {
  await expectOk(context.request, 'POST', '/api/auth/login', credentials);
}

/** Sends a JSON request and returns the parsed body, throwing with the server's error on failure. */
export async function expectOk<T = unknown>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await request.fetch(path, {
    method,
    ...(body === undefined ? {} : { data: body }),
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** A unique address per call, so tests never collide on a shared server. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/**
 * Adds a new client as the therapist signed in to `therapist`, and has them accept the invitation
 * in `client` (which is then signed in as them). For tests that change a client for good (archive).
 */
export async function addJoinedClient(
  therapist: BrowserContext,
  client: BrowserContext,
  displayName: string,
): Promise<Credentials & { id: string }> {
  const email = uniqueEmail('client');
  const password = 'joined-through-link-1';
  const added = await expectOk<{ client: { id: string }; invitationUrl: string }>(
    therapist.request,
    'POST',
    '/api/clients',
    { displayName, email },
  );
  const token = new URL(added.invitationUrl).pathname.split('/').pop() ?? '';
  await expectOk(client.request, 'POST', `/api/invitations/${token}/accept`, { password });
  return { id: added.client.id, email, password };
}
