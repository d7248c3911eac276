// Through the package name, as another adapter's package would import it.
import { describeDocumentStoreContract } from '@interlude/sync-server/document-store-contract';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';

describeDocumentStoreContract('MemoryDocumentStore', async () => ({
  store: new MemoryDocumentStore(),
  dispose: async () => {},
}));
