import { CONTENT_FIELD, META_MAP } from '@interlude/schema';
import * as Y from 'yjs';

/**
 * A worksheet as an app before schema version 1 wrote it: one `question` (now a `prompt`, id q1, "How was your
 * week?"), for the tests of migration on load (docs/relay.md R18).
 */
export function olderWorksheetUpdate(): Uint8Array {
  const old = new Y.Doc();
  old.getMap(META_MAP).set('schemaVersion', 0);
  old.getMap(META_MAP).set('title', 'Old worksheet');
  const question = new Y.XmlElement('question');
  question.setAttribute('id', 'q1');
  question.setAttribute('text', 'How was your week?');
  question.insert(0, [new Y.XmlElement('paragraph')]);
  old.getXmlFragment(CONTENT_FIELD).insert(0, [question]);
  return Y.encodeStateAsUpdate(old);
}
