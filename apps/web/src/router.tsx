import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from './auth/HomeRedirect';
import { AppFrame } from './layout/AppFrame';
import { NotFound } from './layout/NotFound';
import { PublicShell } from './layout/PublicShell';
import { RouteError } from './layout/RouteError';
import { SignInPage } from './screens/public/SignInPage';
import { LoadingText } from './ui/QueryBoundary';

/**
 * A route whose screen loads when it is first opened. Only sign-in is in the first download: a
 * new visitor's phone fetches the therapist's and the client's screens (and the editor) only when
 * they get there; the service worker precaches them all once someone is signed in.
 */
function lazyScreen(load: () => Promise<ComponentType>, loadingLabel = 'Opening…') {
  return {
    lazy: async () => ({ Component: await load() }),
    // Shown while that code loads on a first visit (React Router warns without one).
    hydrateFallbackElement: <LoadingText label={loadingLabel} />,
  };
}

/** A group of signed-in screens inside its layout (header, navigation, the role gate). */
function signedInLayout(layout: 'TherapistLayout' | 'ClientLayout' | 'SignedInLayout') {
  return lazyScreen(async () => (await import('./layout/SignedInLayouts'))[layout], 'Opening Interlude…');
}

/** Every screen and who may see it (data mode: one route tree, errors caught per route). */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppFrame />,
      errorElement: <RouteError />,
      children: [
        { path: '/', element: <HomeRedirect /> },
        {
          element: <PublicShell />,
          children: [
            { path: '/sign-in', element: <SignInPage /> },
            {
              path: '/sign-up',
              ...lazyScreen(async () => (await import('./screens/public/SignUpPage')).SignUpPage),
            },
            {
              path: '/invite/:token',
              ...lazyScreen(async () => (await import('./screens/public/InvitePage')).InvitePage),
            },
            {
              path: '/reset/:token',
              ...lazyScreen(async () => (await import('./screens/public/ResetPage')).ResetPage),
            },
          ],
        },
        {
          ...signedInLayout('TherapistLayout'),
          children: [
            {
              path: '/clients',
              ...lazyScreen(async () => (await import('./screens/therapist/ClientsPage')).ClientsPage),
            },
            {
              path: '/clients/:clientId',
              ...lazyScreen(async () => (await import('./screens/therapist/ClientPage')).ClientPage),
            },
            {
              path: '/clients/:clientId/progress',
              // Charts load only on the progress page, never in the app shell.
              ...lazyScreen(
                async () =>
                  (await import('./screens/therapist/progress/ClientProgressPage')).ClientProgressPage,
                'Opening progress…',
              ),
            },
            {
              path: '/worksheets/:worksheetId/review',
              ...lazyScreen(
                async () =>
                  (await import('./screens/therapist/progress/ReviewChangesPage')).ReviewChangesPage,
                'Opening the review…',
              ),
            },
            {
              path: '/settings',
              ...lazyScreen(
                async () => (await import('./screens/therapist/PracticeSettingsPage')).PracticeSettingsPage,
              ),
            },
            {
              path: '/audit',
              ...lazyScreen(async () => (await import('./screens/therapist/AuditLogPage')).AuditLogPage),
            },
            {
              path: '/library',
              ...lazyScreen(async () => (await import('./screens/library/LibraryPage')).LibraryPage),
            },
            {
              path: '/library/:templateId/preview',
              // The editor loads only for a preview, as for the worksheet route.
              ...lazyScreen(
                async () =>
                  (await import('./screens/library/with-editor/TemplatePreviewPage')).TemplatePreviewPage,
                'Opening the preview…',
              ),
            },
            {
              path: '/library/:templateId/edit',
              ...lazyScreen(
                async () =>
                  (await import('./screens/library/with-editor/TemplateEditorPage')).TemplateEditorPage,
                'Opening the template…',
              ),
            },
          ],
        },
        {
          ...signedInLayout('ClientLayout'),
          children: [
            {
              path: '/homework',
              ...lazyScreen(async () => (await import('./screens/client/HomeworkPage')).HomeworkPage),
            },
            {
              path: '/progress',
              ...lazyScreen(
                async () => (await import('./screens/client/progress/OwnProgressPage')).OwnProgressPage,
                'Opening your progress…',
              ),
            },
          ],
        },
        {
          ...signedInLayout('SignedInLayout'),
          children: [
            {
              path: '/worksheets/:worksheetId',
              // The editor, Yjs and the relay client load only when a worksheet is opened.
              ...lazyScreen(
                async () => (await import('./screens/worksheet/WorksheetPage')).WorksheetPage,
                'Opening the worksheet…',
              ),
            },
            {
              path: '/worksheets/:worksheetId/print',
              ...lazyScreen(
                async () => (await import('./screens/print/WorksheetPrintPage')).WorksheetPrintPage,
                'Preparing the print view…',
              ),
            },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
