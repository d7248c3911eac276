import { useCallback, useState } from 'react';

export interface RefusalNotice {
  message: string;
  /** Counts refusals, so the same sentence said twice is announced twice. */
  count: number;
}

/** The notice explaining the last refused edit: shown until the next edit that goes through. */
export function useRefusalNotice() {
  const [notice, setNotice] = useState<RefusalNotice | null>(null);
  const show = useCallback(
    (message: string) => setNotice((last) => ({ message, count: (last?.count ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setNotice(null), []);
  return { notice, show, clear };
}

/**
 * A live region that is always in the page (a region that appears together with its text is often not
 * announced). Each refusal renders a new text node, so screen readers announce a repeat too.
 */
export function RefusalNoticeRegion({ notice }: { notice: RefusalNotice | null }) {
  return (
    <p className="interlude-worksheet__status" role="status">
      {notice ? <span key={notice.count}>{notice.message}</span> : null}
    </p>
  );
}
