import type { WorksheetStatus } from '../../api/types';

/**
 * The status to show for a worksheet whose live document is open. A hand-in is written into the document
 * (`meta.handedInAt`) and can sit on this device while offline, so the API's summary still says
 * `assigned`/`started`; the live document is the fresher truth until the server catches up. A review
 * (`reviewed`) only ever comes from the server, so it is never overridden.
 */
export function liveWorksheetStatus(
  apiStatus: WorksheetStatus,
  liveHandedInAt: string | null,
): WorksheetStatus {
  const notYetHandedInOnServer = apiStatus === 'assigned' || apiStatus === 'started';
  return liveHandedInAt && notYetHandedInOnServer ? 'handed-in' : apiStatus;
}
