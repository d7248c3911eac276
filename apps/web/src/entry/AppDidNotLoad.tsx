import { Notice } from '../ui/Notice';

/**
 * The app's code could not be fetched (offline before this device ever kept it, or a deploy
 * removed it): say so instead of loading forever.
 */
export function AppDidNotLoad() {
  return (
    <main className="public__main">
      <Notice tone="error" title="Interlude could not open">
        Check your connection, then reload the page.
      </Notice>
    </main>
  );
}
