import * as Y from 'yjs';

/**
 * True when Yjs can apply the update. It is applied to a fresh scratch document, so the cost
 * follows the update's size, not the room's, and nothing reaches the room or storage if it throws.
 */
export function isApplicableUpdate(update: Uint8Array): boolean {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, update);
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}
