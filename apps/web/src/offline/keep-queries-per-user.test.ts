import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ApiError } from '../api/http';
import { queryKeys } from '../api/query-keys';
import type { Me } from '../api/types';
import {
  forgetPersistedQueries,
  keepQueriesPerUser,
  restoreLastSignedInQueries,
} from './keep-queries-per-user';
import {
  type KeyValueStorage,
  persistedQueriesBuster,
  persistedQueriesKey,
  queryPersistence,
} from './persisted-queries';
import { lastSignedInUserId } from './signed-in-user-pointer';

// The real TanStack persister over a Map instead of IndexedDB (jsdom has none; the browser test
// e2e/offline-shell covers IndexedDB).

function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: async (key) => entries.get(key) ?? null,
    setItem: async (key, value) => {
      entries.set(key, value);
    },
    removeItem: async (key) => {
      entries.delete(key);
    },
  };
}

function person(id: string, role: 'client' | 'therapist' = 'client'): Me {
  return {
    user: { id, role, displayName: `Person ${id}`, email: `${id}@example.test` },
    practice: { id: 'p1', name: 'Calm Practice', crisisText: 'Call 999 in an emergency.' },
  } as unknown as Me;
}

function newClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Number.POSITIVE_INFINITY, retry: false } } });
}

/** What is kept for this person, as the persister wrote it. */
function kept(storage: ReturnType<typeof memoryStorage>, userId: string) {
  const text = storage.entries.get(persistedQueriesKey(userId));
  if (!text) return null;
  const client = JSON.parse(text) as {
    buster: string;
    clientState: { queries: { queryKey: unknown[]; state: { data: unknown } }[] };
  };
  return Object.fromEntries(
    client.clientState.queries.map((q) => [JSON.stringify(q.queryKey), q.state.data]),
  );
}

let storage: ReturnType<typeof memoryStorage>;
let load: () => Promise<ReturnType<typeof queryPersistence>>;
let stops: (() => void)[];

beforeEach(() => {
  localStorage.clear();
  storage = memoryStorage();
  const persistence = queryPersistence(storage, 0);
  load = async () => persistence;
  stops = [];
});

afterEach(() => {
  for (const stop of stops) stop();
});

test("a signed-in person's answers are kept under their own key and come back in a new page", async () => {
  const client = newClient();
  stops.push(keepQueriesPerUser(client, load));
  client.setQueryData(queryKeys.me, person('alex'));
  client.setQueryData(queryKeys.worksheets, [{ id: 'w1', title: 'Thought record' }]);
  await vi.waitFor(() => expect(kept(storage, 'alex')?.['["worksheets"]']).toBeDefined());
  expect(lastSignedInUserId()).toBe('alex');

  const reloaded = newClient();
  await restoreLastSignedInQueries(reloaded, load);
  expect(reloaded.getQueryData<Me>(queryKeys.me)?.user.id).toBe('alex');
  expect(reloaded.getQueryData(queryKeys.worksheets)).toEqual([{ id: 'w1', title: 'Thought record' }]);
  // However recent, kept answers are asked for again as soon as a screen shows them.
  expect(reloaded.getQueryState(queryKeys.worksheets)?.isInvalidated).toBe(true);
});

test('an answer whose refetch failed offline is still kept, so the next offline start shows it too', async () => {
  const client = newClient();
  stops.push(keepQueriesPerUser(client, load));
  client.setQueryData(queryKeys.me, person('alex'));
  client.setQueryData(queryKeys.worksheets, [{ id: 'w1', title: 'Thought record' }]);
  await vi.waitFor(() => expect(kept(storage, 'alex')?.['["worksheets"]']).toBeDefined());

  // Offline: asking the server again fails; the page keeps showing the last list.
  await client
    .fetchQuery({ queryKey: queryKeys.worksheets, queryFn: () => Promise.reject(new Error('offline')) })
    .catch(() => undefined);
  expect(client.getQueryState(queryKeys.worksheets)?.status).toBe('error');
  client.setQueryData(queryKeys.practice, { name: 'Calm Practice' });
  await vi.waitFor(() => expect(kept(storage, 'alex')?.['["practice"]']).toBeDefined());
  expect(kept(storage, 'alex')?.['["worksheets"]']).toEqual([{ id: 'w1', title: 'Thought record' }]);
});

test('the next person on the same browser never sees the first one’s answers', async () => {
  const client = newClient();
  stops.push(keepQueriesPerUser(client, load));
  client.setQueryData(queryKeys.me, person('alex'));
  client.setQueryData(queryKeys.worksheets, [{ id: 'w1', title: "Alex's diary" }]);
  await vi.waitFor(() => expect(kept(storage, 'alex')?.['["worksheets"]']).toBeDefined());

  // Signing in as someone else drops the cache (useSessionChanged), then "who am I" names them.
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
  client.setQueryData(queryKeys.me, person('sam'));
  client.setQueryData(queryKeys.worksheets, [{ id: 'w2', title: "Sam's plan" }]);
  await vi.waitFor(() => expect(kept(storage, 'sam')?.['["worksheets"]']).toBeDefined());

  expect(JSON.stringify(kept(storage, 'sam'))).not.toContain('Alex');
  expect(kept(storage, 'alex')?.['["worksheets"]']).toEqual([{ id: 'w1', title: "Alex's diary" }]);
  expect(lastSignedInUserId()).toBe('sam');

  const samsPage = newClient();
  await restoreLastSignedInQueries(samsPage, load);
  expect(samsPage.getQueryData(queryKeys.worksheets)).toEqual([{ id: 'w2', title: "Sam's plan" }]);
});

test('when "who am I" names someone else, what the page holds of the previous person goes', async () => {
  const client = newClient();
  stops.push(keepQueriesPerUser(client, load));
  client.setQueryData(queryKeys.me, person('alex'));
  client.setQueryData(queryKeys.worksheets, [{ id: 'w1', title: "Alex's diary" }]);
  client.setQueryData(queryKeys.me, person('sam'));
  expect(client.getQueryData(queryKeys.worksheets)).toBeUndefined();
  expect(client.getQueryData<Me>(queryKeys.me)?.user.id).toBe('sam');
});

test('a 401 stops saving but keeps what was kept; only signing out deletes it', async () => {
  const client = newClient();
  stops.push(keepQueriesPerUser(client, load));
  client.setQueryData(queryKeys.me, person('alex'));
  client.setQueryData(queryKeys.worksheets, [{ id: 'w1', title: 'Thought record' }]);
  await vi.waitFor(() => expect(kept(storage, 'alex')?.['["worksheets"]']).toBeDefined());

  client.setQueryData(queryKeys.me, null); // what main.tsx does on `not-signed-in`
  client.setQueryData(queryKeys.worksheets, []);
  expect(lastSignedInUserId()).toBeNull();
  await client.fetchQuery({ queryKey: ['after'], queryFn: async () => 'later event' });
  expect(kept(storage, 'alex')?.['["worksheets"]']).toEqual([{ id: 'w1', title: 'Thought record' }]);
  expect(kept(storage, 'alex')?.['["me"]']).toMatchObject({ user: { id: 'alex' } });

  await forgetPersistedQueries('alex', load);
  expect(kept(storage, 'alex')).toBeNull();
});

test('a failed request offline is not "signed out": the person and their saving stay', async () => {
  const client = newClient();
  stops.push(keepQueriesPerUser(client, load));
  client.setQueryData(queryKeys.me, person('alex'));
  await expect(
    client.fetchQuery({
      queryKey: queryKeys.me,
      staleTime: 0,
      queryFn: () => Promise.reject(new ApiError(0, 'network', 'Interlude cannot reach the server.')),
    }),
  ).rejects.toThrow();
  expect(client.getQueryData<Me>(queryKeys.me)?.user.id).toBe('alex');
  expect(lastSignedInUserId()).toBe('alex');
  client.setQueryData(queryKeys.worksheets, [{ id: 'w1', title: 'Written offline view' }]);
  await vi.waitFor(() => expect(kept(storage, 'alex')?.['["worksheets"]']).toBeDefined());
});

test("only what screens need offline is kept, not a template's content", async () => {
  const client = newClient();
  stops.push(keepQueriesPerUser(client, load));
  client.setQueryData(queryKeys.me, person('tess', 'therapist'));
  client.setQueryData(queryKeys.clients, [{ id: 'c1' }]);
  client.setQueryData(queryKeys.templates, [{ id: 't1' }]);
  client.setQueryData(['templates', 't1'], { id: 't1', content: { type: 'doc' } });
  client.setQueryData(queryKeys.audit, [{ id: 'a1' }]);
  await vi.waitFor(() => expect(kept(storage, 'tess')?.['["templates"]']).toBeDefined());
  const keys = Object.keys(kept(storage, 'tess') ?? {});
  expect(keys.sort()).toEqual(['["clients"]', '["me"]', '["templates"]']);
});

test('answers kept by an app whose API answers had another shape are dropped, not misread', async () => {
  storage.entries.set(
    persistedQueriesKey('alex'),
    JSON.stringify({
      buster: `${persistedQueriesBuster}-old`,
      timestamp: 1,
      clientState: { queries: [], mutations: [] },
    }),
  );
  localStorage.setItem('interlude-signed-in-user', 'alex');
  const client = newClient();
  await restoreLastSignedInQueries(client, load);
  expect(client.getQueryData(queryKeys.me)).toBeUndefined();
  expect(storage.entries.has(persistedQueriesKey('alex'))).toBe(false);
});
