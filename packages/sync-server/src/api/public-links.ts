import type { Context } from 'hono';
import type { ServerConfig } from '../config.js';

/** Absolute links into the web app: PUBLIC_URL when set, else the origin the request came to. */
export function publicLink(c: Context, config: ServerConfig, path: string): string {
  return `${publicOrigin(c, config)}${path}`;
}

function publicOrigin(c: Context, config: ServerConfig): string {
  if (config.publicUrl) return config.publicUrl;
  const url = new URL(c.req.url);
  const host = c.req.header('host') ?? url.host;
  const forwardedProto = config.trustProxy
    ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim()
    : undefined;
  const protocol =
    forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.slice(0, -1);
  return `${protocol}://${host}`;
}

export const invitationPath = (token: string) => `/invite/${token}`;
export const resetPath = (token: string) => `/reset/${token}`;
