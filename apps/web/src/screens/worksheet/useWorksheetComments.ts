import { yCommentStore } from '@interlude/schema';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { Me } from '../../api/types';
import { CommentsController } from './editor-bridge';

/**
 * The comments of the open worksheet, written as the signed-in person (the relay refuses records naming anyone
 * else). Everything lives in the document, so commenting works offline. Read-only worksheets show threads only.
 */
export function useWorksheetComments(
  doc: Y.Doc | null,
  me: Me,
  readOnly: boolean,
): CommentsController | null {
  const { id, role, displayName } = me.user;
  return useMemo(
    () =>
      doc
        ? new CommentsController({
            store: yCommentStore(doc, { id, role, name: displayName }),
            author: { id, role, name: displayName },
            canComment: !readOnly,
          })
        : null,
    [doc, id, role, displayName, readOnly],
  );
}
