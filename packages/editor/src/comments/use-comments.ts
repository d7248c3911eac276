import { useSyncExternalStore } from 'react';
import type { CommentsController, CommentsSnapshot } from './comments-controller.js';

/** The controller's current snapshot; re-renders on every change to threads, anchors, the draft or the active thread. */
export function useComments(controller: CommentsController): CommentsSnapshot {
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
}
