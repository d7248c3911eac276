import * as Y from 'yjs';

/**
 * True when Yjs can apply the update. It is applied to a fresh scratch document, so the cost
 * follows the update's size, not the room's, and nothing reaches the room or storage if it throws.
 */
export function isApplicableUpdate(update: Uint8Array): boolean {
  // A fixed guid: the default one draws a random UUID per document, which dominated the relay's CPU.
  const scratch = new Y.Doc({ gc: false, guid: 'update-validation' });
  try {
    Y.applyUpdate(scratch, update);
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}
