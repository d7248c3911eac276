/**
 * Shapes of the JSON API's answers as the web app uses them. They come from the schemas the server
 * validates and documents its routes with (packages/schema/src/api), so the two cannot drift apart.
 */
import type {
  ApiAuditEntry,
  ApiClient,
  ApiMe,
  ApiPersonRef,
  ApiPractice,
  ApiTemplate,
  ApiWorksheet,
  ApiWorksheetCounts,
} from '@interlude/schema/api';

export type Role = ApiMe['user']['role'];
export type Practice = ApiPractice;
export type Me = ApiMe;
export type ClientStatus = ApiClient['status'];
export type ClientAccess = ApiClient['access'];
export type WorksheetCounts = ApiWorksheetCounts;
export type Client = ApiClient;
export type WorksheetStatus = ApiWorksheet['status'];
export type WorksheetSummary = ApiWorksheet;
export type Template = ApiTemplate;
export type PersonRef = ApiPersonRef;
export type AuditEntry = ApiAuditEntry;

/** A timestamp as the API sends it: ISO text. */
export type Timestamp = string;

export interface AddedClient {
  client: Client;
  invitationUrl: string;
}

export interface ClientDetail {
  client: Client;
  worksheets: WorksheetSummary[];
}

export interface Invitation {
  clientDisplayName?: string;
  practiceName?: string;
  email: string;
}

export interface OneTimeLink {
  url: string;
}
