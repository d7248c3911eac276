/**
 * The address a request came from, for rate limiting and the audit log. Behind a trusted proxy the
 * last X-Forwarded-For entry is the address that proxy saw (earlier entries are whatever the client
 * claimed); otherwise the socket's own peer address.
 */
export function clientAddress(
  headers: Headers,
  trustProxy: boolean,
  socketAddress: string | undefined,
): string {
  if (trustProxy) {
    const forwarded = headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last;
  }
  return socketAddress ?? 'unknown';
}
