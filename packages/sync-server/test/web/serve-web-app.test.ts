import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

// A built app as apps/web's build writes it: text files with precompressed .br and .gz beside them.
const script = `export const greeting = ${JSON.stringify('hello '.repeat(400))};\n`;
const indexHtml =
  '<!doctype html><title>Interlude</title><script type="module" src="/assets/app-1a2b3c.js"></script>';

let dataDir: string;
let distDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = makeTempDir('web-data');
  distDir = makeTempDir('web-dist');
  writeWithCompressedCopies('index.html', indexHtml);
  writeWithCompressedCopies('assets/app-1a2b3c.js', script);
  writeWithCompressedCopies('sw.js', 'self.addEventListener("fetch", () => {});');
  writeWithCompressedCopies('manifest.webmanifest', '{"name":"Interlude"}');
  fs.mkdirSync(path.join(distDir, 'icons'));
  fs.writeFileSync(path.join(distDir, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await startServer(testConfig(dataDir, { webDistDir: distDir }));
});

afterAll(async () => {
  await server.close();
  removeTempDir(dataDir);
  removeTempDir(distDir);
});

function writeWithCompressedCopies(relativePath: string, text: string): void {
  const file = path.join(distDir, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.br`, brotliCompressSync(text));
  fs.writeFileSync(`${file}.gz`, gzipSync(text));
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with exactly the headers given (fetch would add its own Accept-Encoding and decode). */
function get(requestPath: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.url}${requestPath}`, { headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }),
      );
    });
    request.on('error', reject);
  });
}

describe('compression by Accept-Encoding', () => {
  test('brotli when the client accepts it, decoding to the file', async () => {
    const response = await get('/assets/app-1a2b3c.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
  });

  test('gzip when brotli is not accepted (or refused with q=0)', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip']) {
      const response = await get('/assets/app-1a2b3c.js', { 'Accept-Encoding': acceptEncoding });
      expect(response.headers['content-encoding'], acceptEncoding).toBe('gzip');
      expect(gunzipSync(response.body).toString()).toBe(script);
    }
  });

  test('the file as it is when the client accepts no encoding', async () => {
    const response = await get('/assets/app-1a2b3c.js');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe(script);
  });

  test('index.html for an app route is compressed too', async () => {
    const response = await get('/homework', { 'Accept-Encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.body).toString()).toBe(indexHtml);
  });
});

describe('caching', () => {
  test('hashed assets are immutable for a year', async () => {
    const response = await get('/assets/app-1a2b3c.js', { 'Accept-Encoding': 'br' });
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test.each(['/', '/homework', '/index.html', '/sw.js', '/manifest.webmanifest', '/icons/icon-192.png'])(
    '%s is revalidated on every use (no-cache), so a deploy is seen at once',
    async (requestPath) => {
      const response = await get(requestPath, { 'Accept-Encoding': 'br, gzip' });
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  test('the service worker and the manifest have their own types', async () => {
    expect((await get('/sw.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/manifest.webmanifest')).headers['content-type']).toBe(
      'application/manifest+json; charset=utf-8',
    );
  });

  test('a matching ETag answers 304 without a body', async () => {
    const first = await get('/sw.js');
    const etag = first.headers.etag;
    expect(etag).toBeDefined();
    const again = await get('/sw.js', { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('what is not a built file', () => {
  test('a missing asset is a 404, never index.html', async () => {
    const response = await get('/assets/app-000000.js');
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('<!doctype html>');
  });

  test('any other missing file is a 404 too (a browser asking for /favicon.ico gets no HTML)', async () => {
    expect((await get('/favicon.ico')).status).toBe(404);
    expect((await get('/worksheets/abc')).status).toBe(200);
  });

  test('a path climbing out of the build folder gets index.html, not the file', async () => {
    fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'not for the web');
    const outside = `/..%2F${path.basename(dataDir)}%2Fsecret.txt`;
    const response = await get(outside);
    expect(response.body.toString()).not.toContain('not for the web');
  });

  test('the API, relay and health paths are never answered with the app', async () => {
    expect((await get('/api/nothing-here')).status).toBe(404);
    const health = await get('/health');
    expect(health.headers['content-type']).toContain('application/json');
  });
});
