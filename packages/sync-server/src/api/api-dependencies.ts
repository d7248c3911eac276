import type { WorksheetJSON } from '@interlude/schema';
import type { ApiTemplate } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { ServerConfig } from '../config.js';
import type { SqlExecutor } from '../database/sql-database.js';

/**
 * Why open sockets are closed: `access-ended` is final (the client stops reconnecting);
 * `access-changed` makes the client reconnect and be authorized afresh (e.g. as read-only).
 */
export type ConnectionCloseIntent = 'access-ended' | 'access-changed';

/** The relay's controls over open sockets, used when someone's access ends or changes. */
export interface ConnectionControl {
  closeUserConnections(userId: string, intent: ConnectionCloseIntent): void;
  closeWorksheetConnections(worksheetId: string, intent: ConnectionCloseIntent | 'deleted'): void;
  /** Sockets opened with one sign-in session (sign-out): closed as not signed in. */
  closeSessionConnections(sessionId: string): void;
  /** Resolves once every update the relay has accepted so far is stored (before deleting a document). */
  writesSettled(): Promise<void>;
}

export interface DocumentAuthor {
  userId: string;
  role: 'therapist' | 'client';
}

/** Durable worksheet documents (the relay's document store). */
export interface WorksheetDocuments {
  newWorksheetId(): string;
  /**
   * Stores a new worksheet's seed and runs `recordRows` (its row, its audit entry) in the same
   * transaction, handed to it as `tx`: both are kept or neither; `recordRows`' error is rethrown as is.
   */
  create<T>(
    worksheetId: string,
    seed: Uint8Array,
    author: DocumentAuthor,
    recordRows: (tx: SqlExecutor) => T | Promise<T>,
  ): Promise<T>;
  /**
   * Stores an update written on the server (not through a socket) with its author, durable once it
   * resolves, and tells the updates-stored listeners. For documents no room has open (the demo's answers).
   */
  append(worksheetId: string, update: Uint8Array, author: DocumentAuthor): Promise<void>;
  /** Every stored update of the worksheet, in order (empty when none). */
  load(worksheetId: string): Promise<Uint8Array[]>;
  delete(worksheetId: string): Promise<void>;
}

/** Worksheet documents as the relay serves them (loaded and migrated by the relay's room). */
export interface ServedDocuments {
  /** The stored state as one Yjs update; rejects when the document cannot be loaded. */
  stateOf(worksheetId: string): Promise<Uint8Array>;
}

/** A template as the library lists it, before the practice's own counts are added. */
export type TemplateSummary = Omit<ApiTemplate, 'assignedCount'>;

/** A template with its content, for the preview, the template editor, duplicating and exporting. */
export type TemplateEntry = TemplateSummary & { content: WorksheetJSON };

export interface SeededWorksheet {
  template: TemplateSummary;
  title: string;
  /** A Yjs update that creates the whole document; applied exactly once. */
  update: Uint8Array;
}

/** The templates one practice sees: the built-in library, then the practice's own. */
export interface TemplateCatalogue {
  /** Built-ins, then own templates (archived ones too, marked `archived`). */
  list(practiceId: string): Promise<TemplateSummary[]>;
  /** Undefined when there is no such template, or it is another practice's. */
  find(practiceId: string, templateId: string): Promise<TemplateEntry | undefined>;
  /**
   * Undefined when there is no such template, it is another practice's, or it is archived (not assignable).
   * `content` replaces the template's body (a tailored copy).
   */
  seedWorksheet(
    practiceId: string,
    templateId: string,
    options: { title?: string; content?: unknown },
  ): Promise<SeededWorksheet | undefined>;
}

export interface ApiDependencies {
  config: ServerConfig;
  accounts: Accounts;
  connections: ConnectionControl;
  documents: WorksheetDocuments;
  served: ServedDocuments;
  templates: TemplateCatalogue;
}
