import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { UserEnvelope } from '@interlude/schema/api';
import { acceptInvitation, InvitationUnusable } from '../../people/accept-invitation.js';
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

const readInvitationRoute = createRoute({
  method: 'get',
  path: '/invitations/{token}',
  tags: ['Invitations'],
  summary: 'What an invitation link is for (shown before the client sets a password)',
  request: { params: TokenParam },
  responses: {
    200: jsonResponse(
      z.object({ clientDisplayName: z.string(), practiceName: z.string(), email: z.string() }),
      'A usable invitation',
    ),
    ...errorResponses(404, 410),
  },
});

const acceptInvitationRoute = createRoute({
  method: 'post',
  path: '/invitations/{token}/accept',
  tags: ['Invitations'],
  summary: 'Set a password with an invitation link and sign in (single use)',
  request: { params: TokenParam, body: jsonBody(z.object({ password: NewPassword })) },
  responses: { 200: jsonResponse(UserEnvelope, 'Password set; signed in'), ...errorResponses(400, 404, 410) },
});

export function invitationRoutes({ accounts, config }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(readInvitationRoute, async (c) => {
    const { userId } = requireValidLink(
      await accounts.links.lookup('invitation', c.req.valid('param').token),
      'invitation',
    );
    const client = (await accounts.clients.get(userId))!;
    const practice = (await accounts.practices.get(client.practiceId))!;
    return c.json(
      { clientDisplayName: client.displayName, practiceName: practice.name, email: client.email },
      200,
    );
  });

  app.openapi(acceptInvitationRoute, async (c) => {
    const user = await acceptInvitation(accounts, {
      token: c.req.valid('param').token,
      password: c.req.valid('json').password,
      address: c.get('address'),
    }).catch(unusableAsApiError);
    await startSession(c, accounts, config, user);
    return c.json({ user: userView(user) }, 200);
  });

  return app;
}

function unusableAsApiError(error: unknown): never {
  if (!(error instanceof InvitationUnusable)) throw error;
  if (error.lookup.state === 'just-used') {
    throw new ApiError(410, 'link-used', 'This invitation was just used. Sign in with the password you set.');
  }
  requireValidLink(error.lookup, 'invitation');
  throw error;
}
