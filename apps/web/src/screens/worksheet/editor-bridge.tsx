/**
 * The one place the worksheet page meets '@interlude/editor'.
 * TEMPORARY: the editor package does not export its components yet; these stand-ins keep the page
 * usable until it does, and are replaced by re-exports then.
 */
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

type Awareness = WebsocketProvider['awareness'];

export interface WorksheetEditorProps {
  doc: Y.Doc;
  awareness: Awareness | null;
  mode: 'author' | 'respond';
  readOnly?: boolean;
  user: { id: string; name: string; color: string };
}

export function WorksheetEditor(_props: WorksheetEditorProps) {
  return <p className="muted">The worksheet editor is not available in this build.</p>;
}

export function PresenceList(_props: { awareness: Awareness | null; selfClientId?: number }) {
  return null;
}

const palette = ['#1d6f5f', '#7a4fb0', '#b0503c', '#2f5fa8', '#8a6a12', '#a23d72'];

export function colorForUser(userId: string): string {
  let hash = 0;
  for (const character of userId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? '#1d6f5f';
}
