/** Names of the shared types in a worksheet's Y.Doc (decision record 0001, §1). */

/** `Y.XmlFragment` holding the Tiptap document; Tiptap's Collaboration extension is configured with this field. */
export const CONTENT_FIELD = 'content';

/** `Y.Map` holding `WorksheetMeta`, one key per property. */
export const META_MAP = 'meta';

/** `Y.Map` of comment threads keyed by thread id. */
export const COMMENTS_MAP = 'comments';

/** Version of the worksheet model written into `meta.schemaVersion`; see `migrateDocument`. */
export const WORKSHEET_SCHEMA_VERSION = 1;
