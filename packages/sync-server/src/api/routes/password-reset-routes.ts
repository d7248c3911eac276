import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { UserEnvelope } from '@interlude/schema/api';
import { hashPassword } from '../../people/password-hashing.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { ApiError } from '../api-error.js';
import { requireValidLink } from '../one-time-link-errors.js';
import {
  errorResponses,
  jsonBody,
  jsonResponse,
  NewPassword,
  TokenParam,
} from '../schemas/common-schemas.js';
import { startSession } from '../sign-in-session.js';
import { userView } from '../views.js';

const readResetRoute = createRoute({
  method: 'get',
  path: '/password-resets/{token}',
  tags: ['Password resets'],
  summary: 'Which account a reset link is for',
  request: { params: TokenParam },
  responses: {
    200: jsonResponse(z.object({ email: z.string() }), 'A usable reset link'),
    ...errorResponses(404, 410),
  },
});

const useResetRoute = createRoute({
  method: 'post',
  path: '/password-resets/{token}',
  tags: ['Password resets'],
  summary: 'Set a new password with a reset link and sign in (single use; ends every other session)',
  request: { params: TokenParam, body: jsonBody(z.object({ password: NewPassword })) },
  responses: {
    200: jsonResponse(UserEnvelope, 'Password changed; signed in'),
    ...errorResponses(400, 404, 410),
  },
});

export function passwordResetRoutes({ accounts, config, connections }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(readResetRoute, async (c) => {
    const { userId } = requireValidLink(
      await accounts.links.lookup('password-reset', c.req.valid('param').token),
      'reset link',
    );
    return c.json({ email: (await accounts.users.get(userId))!.email }, 200);
  });

  app.openapi(useResetRoute, async (c) => {
    const link = requireValidLink(
      await accounts.links.lookup('password-reset', c.req.valid('param').token),
      'reset link',
    );
    const passwordHash = await hashPassword(c.req.valid('json').password, accounts.scrypt);
    if (!(await accounts.links.consume(link.tokenHash))) {
      throw new ApiError(410, 'link-used', 'This reset link was just used. Sign in with the new password.');
    }
    await accounts.users.setPasswordHash(link.userId, passwordHash);
    // Whoever knew the old password loses their sessions and open worksheets.
    await accounts.sessions.deleteAllForUser(link.userId);
    connections.closeUserConnections(link.userId, 'access-changed');
    const user = (await accounts.users.get(link.userId))!;
    await accounts.audit.record({
      action: 'reset-link-used',
      practiceId: user.practiceId,
      actorUserId: user.id,
      subjectUserId: user.id,
      address: c.get('address'),
    });
    await startSession(c, accounts, config, user);
    return c.json({ user: userView(user) }, 200);
  });

  return app;
}
