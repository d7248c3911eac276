import type { ReactNode } from 'react';
import { errorMessage } from '../api/http';
import { Notice } from './Notice';

export interface QueryBoundaryProps<T> {
  query: {
    data: T | undefined;
    error: unknown;
    isPending: boolean;
    /** 'paused': offline, so TanStack Query waits for the connection before asking. */
    fetchStatus?: string;
    refetch: () => unknown;
  };
  /** What is loading, for the status text ("Loading your clients…"). */
  loadingLabel: string;
  children: (data: T) => ReactNode;
}

/**
 * Loading, error (with a retry) and loaded states of a query, the same way on every screen. Data
 * wins over an error: offline, the answer kept on this device is shown rather than a failure.
 */
export function QueryBoundary<T>({ query, loadingLabel, children }: QueryBoundaryProps<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <Notice tone="error" title="This did not load">
        <p>{errorMessage(query.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => query.refetch()}>
          Try again
        </button>
      </Notice>
    );
  }
  if (query.fetchStatus === 'paused') {
    return (
      <Notice tone="info" title="Not on this device yet">
        <p>You are offline. This will load when the connection is back.</p>
      </Notice>
    );
  }
  return <LoadingText label={loadingLabel} />;
}

export function LoadingText({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
