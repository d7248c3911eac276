/** An error the API answered with (`{error:{code,message}}`), or a network failure (status 0). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole error object the server sent, for answers that carry more than a sentence (import problems). */
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the JSON API on this origin with the session cookie. Resolves to the parsed body (null for
 * an empty one) and rejects with an ApiError carrying a message a person can act on.
 */
export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: { rawText?: boolean } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': contentType(options) },
      body: body === undefined ? undefined : options.rawText ? String(body) : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'Interlude cannot reach the server. Check your connection and try again.',
    );
  }
  const text = await response.text();
  const parsed = text ? parseJson(text) : null;
  if (!response.ok) {
    const error = readError(parsed);
    throw new ApiError(
      response.status,
      error?.code ?? `http-${response.status}`,
      error?.message ?? fallbackMessage(response.status),
      (parsed as { error?: unknown } | null)?.error ?? null,
    );
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  /** Sends a file's text as it is (an imported template file), for the server to read and judge. */
  postText: <T>(path: string, text: string) => apiRequest<T>('POST', path, text, { rawText: true }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

function contentType(options: { rawText?: boolean }): string {
  return options.rawText ? 'text/plain; charset=utf-8' : 'application/json';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readError(body: unknown): { code?: string; message?: string } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Please sign in again.';
  if (status === 403) return 'You do not have access to this.';
  if (status === 404) return 'This could not be found. It may have been removed.';
  if (status === 429) return 'Too many attempts. Please wait a few minutes and try again.';
  return 'Something went wrong on our side. Please try again.';
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Please try again.';
}
