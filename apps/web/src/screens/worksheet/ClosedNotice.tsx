import { CloseCode } from '@interlude/schema/sync';
import { Link, useLocation } from 'react-router';
import { Notice } from '../../ui/Notice';

/** Says why the live connection ended for good and what the person can do about it. */
export function ClosedNotice({ code, reason }: { code: number; reason: string }) {
  const location = useLocation();
  if (code === CloseCode.notSignedIn) {
    return (
      <Notice tone="warning" title="Please sign in again">
        <p>Your sign-in has ended. Changes you made are kept on this device and sync once you are back.</p>
        <Link
          className="button button--primary"
          to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
        >
          Sign in again
        </Link>
      </Notice>
    );
  }
  if (code === CloseCode.notFound) {
    return (
      <Notice tone="warning" title="This worksheet was not found">
        <p>It may have been deleted, or it is not shared with you.</p>
        <Link to="/">Back to your start page</Link>
      </Notice>
    );
  }
  if (code === CloseCode.refused) {
    const title = 'Your access to this worksheet has ended';
    return (
      <Notice tone="warning" title={title}>
        <p>Changes to this worksheet are no longer accepted. Anything not yet saved stays on this device.</p>
        {reason && !sameWords(reason, title) ? <p className="muted">The server said: {reason}</p> : null}
        <Link to="/">Back to your start page</Link>
      </Notice>
    );
  }
  return (
    <Notice tone="warning" title="The connection was closed">
      <p>{reason || `The server closed the connection (code ${code}).`} Reload the page to try again.</p>
    </Notice>
  );
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return words(a) === words(b);
}
