import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import {
  type Persister,
  persistQueryClientRestore,
  persistQueryClientSave,
  persistQueryClientSubscribe,
} from '@tanstack/query-persist-client-core';
import type { Query, QueryClient } from '@tanstack/react-query';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Me } from '../api/types';

/**
 * The API's answers kept on the device per signed-in person (TanStack Query's persister), so the
 * screens open offline with what this device last saw: who I am and my practice's crisis text,
 * my homework and each worksheet's summary, a therapist's clients and library list. Nothing here
 * is ever served by the service worker.
 */

/** Bump when an API answer changes shape: caches written before are then dropped, not misread. */
export const persistedQueriesBuster = 'api-1';

/** A string store (IndexedDB in the app, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null | undefined>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export function persistedQueriesKey(userId: string): string {
  return `queries:${userId}`;
}

let queryStore: UseStore | undefined;

/** One IndexedDB database, `interlude-queries`, one entry per person. */
export function indexedDbStorage(): KeyValueStorage {
  queryStore ??= createStore('interlude-queries', 'by-user');
  const store = queryStore;
  return {
    getItem: (key) => get<string>(key, store),
    setItem: (key, value) => set(key, value, store),
    removeItem: (key) => del(key, store),
  };
}

export interface QueryPersistence {
  /** Loads what was kept for this person into the client (nothing if none, or written by an older app). */
  restore(queryClient: QueryClient, userId: string): Promise<void>;
  /** Keeps saving the client's answers for this person until the returned stop is called. */
  persist(queryClient: QueryClient, userId: string): () => void;
  /** Deletes what was kept for this person (signing out). */
  forget(userId: string): Promise<void>;
}

export function queryPersistence(storage: KeyValueStorage, throttleMs = 1000): QueryPersistence {
  const persisterFor = (userId: string, isOpen: () => boolean): Persister =>
    createAsyncStoragePersister({
      key: persistedQueriesKey(userId),
      throttleTime: throttleMs,
      storage: {
        getItem: (key) => storage.getItem(key),
        // A save already scheduled when persisting stopped (sign-out, another person) is dropped.
        setItem: async (key, value) => {
          if (isOpen()) await storage.setItem(key, value);
        },
        removeItem: (key) => storage.removeItem(key),
      },
    });

  return {
    async restore(queryClient, userId) {
      await persistQueryClientRestore({
        queryClient,
        persister: persisterFor(userId, () => true),
        buster: persistedQueriesBuster,
        // Kept until this person signs out or the app asks the server again: a client may be
        // offline for weeks, and old homework is better than none.
        maxAge: Number.POSITIVE_INFINITY,
      });
    },
    persist(queryClient, userId) {
      let open = true;
      const options = {
        queryClient,
        persister: persisterFor(userId, () => open),
        buster: persistedQueriesBuster,
        dehydrateOptions: {
          shouldDehydrateQuery: (query: Query) => belongsTo(query, userId),
          // Changes are never queued offline as mutations: a worksheet's edits live in its Y.Doc.
          shouldDehydrateMutation: () => false,
        },
      };
      // What the cache holds already (this code loads after "who am I" answered), then every change.
      void persistQueryClientSave(options);
      const unsubscribe = persistQueryClientSubscribe(options);
      return () => {
        open = false;
        unsubscribe();
      };
    },
    forget: (userId) => storage.removeItem(persistedQueriesKey(userId)),
  };
}

/**
 * The lists and summaries screens show offline. Not a template's content (['templates', id]): the
 * template editor seeds its document once from the first answer it gets, so it must be the server's.
 */
function neededOffline(queryKey: readonly unknown[]): boolean {
  const [area] = queryKey;
  if (area === 'templates') return queryKey.length === 1;
  return area === 'me' || area === 'worksheets' || area === 'clients' || area === 'practice';
}

/**
 * A loaded answer that may be kept under this person's key (never "who am I" naming someone else). An answer
 * whose latest refetch failed (offline) still holds the last good data: keep it, or the first offline open
 * would rewrite the entry without it and the next offline start would have nothing to show.
 */
function belongsTo(query: Query, userId: string): boolean {
  if (query.state.data === undefined || !neededOffline(query.queryKey)) return false;
  if (query.queryKey[0] !== 'me') return true;
  return (query.state.data as Me | null)?.user.id === userId;
}
