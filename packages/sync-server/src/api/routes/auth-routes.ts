import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { MeView, UserEnvelope } from '@interlude/schema/api';
import { signIn } from '../../people/sign-in.js';
import { EmailInUse, signUpTherapist } from '../../people/sign-up-therapist.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { ApiError } from '../api-error.js';
import { signedInCaller } from '../caller.js';
import {
  DisplayName,
  Email,
  errorResponses,
  jsonBody,
  jsonResponse,
  NewPassword,
} from '../schemas/common-schemas.js';
import { clearSessionCookie } from '../session-cookie.js';
import { startSession } from '../sign-in-session.js';
import { practiceView, userView } from '../views.js';

const signupRoute = createRoute({
  method: 'post',
  path: '/auth/signup',
  tags: ['Sign-in'],
  summary: 'Create a practice and its therapist account, and sign in',
  request: {
    body: jsonBody(
      z.object({
        displayName: DisplayName,
        email: Email,
        password: NewPassword,
        practiceName: z.string().trim().min(1, 'Enter a practice name').max(200),
      }),
    ),
  },
  responses: {
    201: jsonResponse(UserEnvelope, 'Signed up and signed in'),
    ...errorResponses(400, 409, 413, 429),
  },
});

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Sign-in'],
  summary: 'Sign in with email and password (therapists and clients)',
  description:
    'Sets the `interlude_session` cookie. Repeated failures are paused per account and per address (429).',
  request: { body: jsonBody(z.object({ email: z.string().max(254), password: z.string().max(200) })) },
  responses: { 200: jsonResponse(UserEnvelope, 'Signed in'), ...errorResponses(400, 401, 403, 429) },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Sign-in'],
  summary: 'End this session (and close the worksheet connections opened with it)',
  responses: { 204: { description: 'Signed out (also when there was no session)' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Sign-in'],
  summary: 'Who is signed in, and their practice',
  responses: {
    200: jsonResponse(MeView, 'The signed-in user'),
    ...errorResponses(401),
  },
});

export function authRoutes({ accounts, config, connections }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(signupRoute, async (c) => {
    const input = c.req.valid('json');
    const address = c.get('address');
    const retryAfterMs = await accounts.signInPerAddress.retryAfterMs(address);
    if (retryAfterMs > 0) throw tooManyAttempts(retryAfterMs);
    await accounts.signInPerAddress.record(address);
    const { user } = await signUpTherapist(accounts, { ...input, address }).catch((error: unknown) => {
      if (error instanceof EmailInUse) throw new ApiError(409, 'email-in-use', error.message);
      throw error;
    });
    await startSession(c, accounts, config, user);
    return c.json({ user: userView(user) }, 201);
  });

  app.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const address = c.get('address');
    const result = await signIn(accounts, email, password, address);
    const practiceId = result.user?.practiceId ?? null;
    const actorUserId = result.user?.id ?? null;
    switch (result.outcome) {
      case 'rate-limited':
        await accounts.audit.record({
          action: 'sign-in-failed',
          practiceId,
          actorUserId,
          address,
          details: { reason: 'rate-limited' },
        });
        throw tooManyAttempts(result.retryAfterMs);
      case 'wrong-credentials':
        await accounts.audit.record({
          action: 'sign-in-failed',
          practiceId,
          actorUserId,
          address,
          details: { reason: 'wrong-credentials' },
        });
        throw new ApiError(401, 'wrong-credentials', 'That email and password do not match an account.');
      case 'access-ended':
        await accounts.audit.record({
          action: 'sign-in-failed',
          practiceId,
          actorUserId,
          address,
          details: { reason: 'access-ended' },
        });
        throw new ApiError(403, 'access-ended', 'Your therapist has ended access to this account.');
      case 'signed-in':
        await accounts.audit.record({ action: 'signed-in', practiceId, actorUserId, address });
        await startSession(c, accounts, config, result.user);
        return c.json({ user: userView(result.user) }, 200);
    }
  });

  app.openapi(logoutRoute, async (c) => {
    const signedIn = c.get('signedIn');
    if (signedIn) {
      await accounts.sessions.delete(signedIn.session.id);
      connections.closeSessionConnections(signedIn.session.id);
      await accounts.audit.record({
        action: 'signed-out',
        practiceId: signedIn.user.practiceId,
        actorUserId: signedIn.user.id,
        address: c.get('address'),
      });
    }
    clearSessionCookie(c, config.secureCookies);
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => {
    const { user } = signedInCaller(c);
    const practice = (await accounts.practices.get(user.practiceId))!;
    return c.json({ user: userView(user), practice: practiceView(practice) }, 200);
  });

  return app;
}

function tooManyAttempts(retryAfterMs: number): ApiError {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return new ApiError(
    429,
    'too-many-attempts',
    `Too many sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    { 'Retry-After': String(seconds) },
  );
}
