import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sendPendingSignOut } from './api/pending-sign-out';
import type { Me } from './api/types';
import { fetchMe } from './api/who-am-i';
import { AppDidNotLoad } from './entry/AppDidNotLoad';
import { mayShowStandaloneSignIn, pathOnceSignedIn } from './entry/first-screen';
import { StandaloneSignIn } from './entry/StandaloneSignIn';
import { lastSignedInUserId } from './offline/signed-in-user-pointer';
import { LoadingText } from './ui/QueryBoundary';
import './styles/app.css';

/**
 * The entry holds React, React DOM and the sign-in form only (docs/offline.md, O8): a new visitor on
 * the sign-in page downloads nothing more. Anything else (every other route, a session kept on this
 * device, a successful sign-in) loads the app: router, query cache and screens, in a chunk of its own.
 */
async function start(element: HTMLElement): Promise<void> {
  // A sign-out made offline reaches the server as soon as the browser is back online.
  window.addEventListener('online', () => void sendPendingSignOut());
  const root = createRoot(element);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

  /** Loads the app and shows it at `path` (the address stays as it is without one). */
  const openApp = async (me?: Me, path?: string) => {
    const { prepareFullApp } = await import('./full-app');
    if (path) history.replaceState(null, '', path);
    render(await prepareFullApp(me));
  };
  const openAppOrSayWhyNot = (me?: Me, path?: string) => {
    render(<LoadingText label="Opening Interlude…" />);
    openApp(me, path).catch(() => render(<AppDidNotLoad />));
  };

  if (!mayShowStandaloneSignIn(location.pathname, lastSignedInUserId())) return openAppOrSayWhyNot();
  // One question decides between the form and the app; nothing is shown meanwhile, so a
  // signed-in person never glimpses the form. Server unreachable: the form, which will say so.
  const me = await fetchMe().catch(() => null);
  if (me) return openAppOrSayWhyNot(me, pathOnceSignedIn(me, location.search));
  if (location.pathname === '/') history.replaceState(null, '', '/sign-in');
  render(
    // After signing in the form stays (busy) until the app is ready, or says why it is not.
    <StandaloneSignIn
      onSignedIn={(signedIn) => openApp(signedIn, pathOnceSignedIn(signedIn, location.search))}
    />,
  );
}

const element = document.getElementById('root');
if (element) void start(element);
