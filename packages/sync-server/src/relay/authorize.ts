import { CloseCode, type CloseCodeValue } from '@interlude/schema/sync';

/** What a connection may do in a worksheet, decided once at the upgrade. */
export interface WorksheetAccess {
  userId: string;
  role: 'therapist' | 'client';
  displayName: string;
  /** Read-only connections receive the document and awareness but may not send document changes. */
  readOnly: boolean;
  /**
   * Checked again, synchronously, when the socket is attached: access can end (worksheet deleted,
   * client archived) between the authorizer's answer and the WebSocket opening.
   */
  stillGranted?: () => boolean;
  /** The sign-in session the upgrade came with, when there is one: its sockets close when it ends. */
  sessionId?: string;
}

export interface AccessDenied {
  denied: 'unauthenticated' | 'forbidden' | 'not-found';
  /** Shown to the person as the close reason; keep it short (close reasons are limited to 123 bytes). */
  reason: string;
}

/** Decides, before any document is loaded, whether the upgrade request may open the worksheet. */
export type AuthorizeWorksheet = (
  request: Request,
  worksheetId: string,
) => Promise<WorksheetAccess | AccessDenied>;

export function isAccessDenied(result: WorksheetAccess | AccessDenied): result is AccessDenied {
  return 'denied' in result;
}

/** The default when no authorizer is configured: nobody gets in. */
export const denyAllWorksheets: AuthorizeWorksheet = async () => ({
  denied: 'unauthenticated',
  reason: 'No authorizer is configured on this server',
});

export function closeCodeForDenial(denial: AccessDenied): CloseCodeValue {
  switch (denial.denied) {
    case 'unauthenticated':
      return CloseCode.notSignedIn;
    case 'forbidden':
      return CloseCode.refused;
    case 'not-found':
      return CloseCode.notFound;
    default:
      // An authorizer outside the type system (plain JS) sent something else: refuse, finally.
      return CloseCode.refused;
  }
}
