import { type CommentAuthor, type CommentStore, yCommentStore } from '@interlude/schema';
import * as Y from 'yjs';
import { apiDependenciesFor } from '../../src/api/api-wiring.js';
import type { RunningServer } from '../../src/server.js';

/**
 * Writes comments into a stored worksheet as `author`, the way the server stores its own writes (the demo's
 * answers): appended with provenance, then told to the updates-stored listeners. For browser tests of what
 * the lists show, where no comment panel is needed to write them.
 */
export async function writeCommentsOnServer(
  server: RunningServer,
  worksheetId: string,
  author: CommentAuthor,
  write: (comments: CommentStore) => void,
): Promise<void> {
  const { documents } = apiDependenciesFor(server.context);
  const doc = new Y.Doc();
  for (const update of await documents.load(worksheetId)) Y.applyUpdate(doc, update);
  const known = Y.encodeStateVector(doc);
  write(yCommentStore(doc, author, () => new Date(server.context.clock.now())));
  await documents.append(worksheetId, Y.encodeStateAsUpdate(doc, known), {
    userId: author.id,
    role: author.role,
  });
  doc.destroy();
}
