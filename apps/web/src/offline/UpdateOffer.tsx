export interface UpdateOfferProps {
  /** Reloads into the new version; only ever on the person's click. */
  onReload: () => void;
  onLater: () => void;
}

/**
 * Offers a new version of the app that the service worker has downloaded and keeps waiting.
 * Nothing reloads by itself: answers typed into a worksheet are in IndexedDB already, so a reload
 * the person chooses loses nothing, but it must never interrupt them mid-sentence.
 */
export function UpdateOffer({ onReload, onLater }: UpdateOfferProps) {
  return (
    <section className="app-notice app-notice--update" aria-labelledby="update-offer-title">
      <p id="update-offer-title" className="app-notice__text">
        A new version of Interlude is ready.
      </p>
      <div className="app-notice__actions">
        <button type="button" className="button button--primary" onClick={onReload}>
          Reload
        </button>
        <button type="button" className="button button--quiet" onClick={onLater}>
          Later
        </button>
      </div>
    </section>
  );
}
