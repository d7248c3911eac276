import fs from 'node:fs';
import path from 'node:path';

/** Hashed build output (`/assets/name-hash.js`): its content never changes under that name. */
export const immutableCaching = 'public, max-age=31536000, immutable';
/** index.html, sw.js, the manifest, icons: always asked again (cheaply, by ETag), so a deploy shows up. */
export const revalidateCaching = 'no-cache';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The encodings the build writes beside each text file (apps/web/build-tools/precompress-assets.ts), best first. */
const precompressed = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * A built file as an HTTP response: the precompressed variant the client accepts (brotli, else
 * gzip, else as is), its type, a weak ETag (answering 304 to a matching If-None-Match) and the
 * caching given.
 */
export function fileResponse(
  filePath: string,
  request: { acceptEncoding: string | undefined; ifNoneMatch: string | undefined; head: boolean },
  cacheControl: string,
): Response {
  const stat = fs.statSync(filePath);
  const etag = `W/"${stat.size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}"`;
  const headers = new Headers({
    'Content-Type': contentTypes[path.extname(filePath)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    ETag: etag,
    Vary: 'Accept-Encoding',
  });
  if (request.ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers });
  }
  const accepted = acceptedEncodings(request.acceptEncoding);
  const variant = precompressed.find(
    ({ encoding, suffix }) => accepted.has(encoding) && fs.existsSync(`${filePath}${suffix}`),
  );
  const bodyPath = variant ? `${filePath}${variant.suffix}` : filePath;
  if (variant) headers.set('Content-Encoding', variant.encoding);
  const body = fs.readFileSync(bodyPath);
  headers.set('Content-Length', String(body.length));
  return new Response(request.head ? null : body, { status: 200, headers });
}

/** Encodings named in Accept-Encoding and not refused with `q=0`. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param));
    if (!refused) accepted.add(name);
  }
  return accepted;
}
