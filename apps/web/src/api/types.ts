/** Shapes of the JSON API's answers, as the web app uses them (docs/api.md is the reference). */

export type Role = 'therapist' | 'client';

export interface Practice {
  id: string;
  name: string;
  crisisText: string;
}

export interface Me {
  user: { id: string; email: string; displayName: string; role: Role };
  practice: Practice;
}

export type ClientStatus = 'invited' | 'active' | 'archived';
export type ClientAccess = 'full' | 'read-only' | 'none';

export interface WorksheetCounts {
  assigned: number;
  started: number;
  handedIn: number;
  reviewed: number;
  overdue: number;
}

export interface Client {
  id: string;
  displayName: string;
  email: string;
  status: ClientStatus;
  access: ClientAccess;
  /** The last stored edit by the client (ISO). */
  lastActivityAt: string | null;
  counts: WorksheetCounts;
}

export interface AddedClient {
  client: Client;
  invitationUrl: string;
}

export type WorksheetStatus = 'assigned' | 'started' | 'handed-in' | 'reviewed';

/** A timestamp as the API sends it: ISO text or milliseconds since the epoch. */
export type Timestamp = string | number;

export interface WorksheetSummary {
  id: string;
  title: string;
  kind: string;
  templateId: string | null;
  clientId: string;
  clientDisplayName: string;
  status: WorksheetStatus;
  /** A calendar date, YYYY-MM-DD. */
  dueDate: string | null;
  assignedAt: Timestamp | null;
  startedAt: Timestamp | null;
  handedInAt: Timestamp | null;
  reviewedAt: Timestamp | null;
  lastClientActivityAt: Timestamp | null;
  overdue: boolean;
  readOnly: boolean;
}

export interface ClientDetail {
  client: Client;
  worksheets: WorksheetSummary[];
}

export interface Template {
  id: string;
  version: number;
  title: string;
  kind: string;
  description: string;
  estimatedMinutes: number;
  tags: string[];
}

export interface Invitation {
  clientDisplayName?: string;
  practiceName?: string;
  email: string;
}

export interface OneTimeLink {
  url: string;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface AuditEntry {
  id: number;
  occurredAt: string;
  action: string;
  actor: PersonRef | null;
  subject: PersonRef | null;
  worksheetId: string | null;
  address: string | null;
  details: Record<string, string | number | boolean | null>;
}
