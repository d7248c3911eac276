/** Shapes of the account records as the rest of the server sees them. */
export type UserRole = 'therapist' | 'client';
export type ClientStatus = 'invited' | 'active' | 'archived';
export type ClientAccess = 'full' | 'read-only' | 'none';

export interface Practice {
  id: string;
  name: string;
  crisisText: string;
  /** IANA name, e.g. "Europe/London": whose "today" due dates are judged by. */
  timeZone: string;
}

export interface User {
  id: string;
  practiceId: string;
  role: UserRole;
  email: string;
  displayName: string;
}

export interface ClientRecord {
  userId: string;
  therapistId: string;
  practiceId: string;
  email: string;
  displayName: string;
  status: ClientStatus;
  access: ClientAccess;
  archivedAt: number | null;
}
