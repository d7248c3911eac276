import { describeDocumentStoreContract } from '../../src/storage/document-store-contract.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';

describeDocumentStoreContract('MemoryDocumentStore', async () => ({
  store: new MemoryDocumentStore(),
  dispose: async () => {},
}));
