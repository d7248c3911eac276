/**
 * Whether a browser request's Origin may act on a cookie session. With configured origins, only
 * those; without, only the origin whose host is the one the request was sent to (same origin).
 */
export function isOriginAllowed(
  origin: string,
  allowedOrigins: readonly string[],
  requestHost: string | null,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (allowedOrigins.length > 0) return allowedOrigins.includes(parsed.origin);
  return requestHost !== null && parsed.host === requestHost;
}

/** The Host the request was addressed to: the Host header, else the URL's host. */
export function requestHost(request: Request): string | null {
  const header = request.headers.get('host');
  if (header) return header;
  try {
    return new URL(request.url).host || null;
  } catch {
    return null;
  }
}
