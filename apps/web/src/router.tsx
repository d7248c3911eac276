import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from './auth/HomeRedirect';
import { RequireRole } from './auth/RequireRole';
import { AppShell } from './layout/AppShell';
import { NotFound } from './layout/NotFound';
import { PublicShell } from './layout/PublicShell';
import { RouteError } from './layout/RouteError';
import { HomeworkPage } from './screens/client/HomeworkPage';
import { LibraryPage } from './screens/library/LibraryPage';
import { InvitePage } from './screens/public/InvitePage';
import { ResetPage } from './screens/public/ResetPage';
import { SignInPage } from './screens/public/SignInPage';
import { SignUpPage } from './screens/public/SignUpPage';
import { AuditLogPage } from './screens/therapist/AuditLogPage';
import { ClientPage } from './screens/therapist/ClientPage';
import { ClientsPage } from './screens/therapist/ClientsPage';
import { PracticeSettingsPage } from './screens/therapist/PracticeSettingsPage';
import { LoadingText } from './ui/QueryBoundary';

/** Every screen and who may see it (data mode: one route tree, errors caught per route). */
export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        { path: '/', element: <HomeRedirect /> },
        {
          element: <PublicShell />,
          children: [
            { path: '/sign-in', element: <SignInPage /> },
            { path: '/sign-up', element: <SignUpPage /> },
            { path: '/invite/:token', element: <InvitePage /> },
            { path: '/reset/:token', element: <ResetPage /> },
          ],
        },
        {
          element: (
            <RequireRole allow="therapist">
              <AppShell />
            </RequireRole>
          ),
          children: [
            { path: '/clients', element: <ClientsPage /> },
            { path: '/clients/:clientId', element: <ClientPage /> },
            {
              path: '/clients/:clientId/progress',
              // Charts load only on the progress page, never in the app shell.
              lazy: async () => ({
                Component: (await import('./screens/therapist/progress/ClientProgressPage'))
                  .ClientProgressPage,
              }),
              hydrateFallbackElement: <LoadingText label="Opening progress…" />,
            },
            {
              path: '/worksheets/:worksheetId/review',
              lazy: async () => ({
                Component: (await import('./screens/therapist/progress/ReviewChangesPage')).ReviewChangesPage,
              }),
              hydrateFallbackElement: <LoadingText label="Opening the review…" />,
            },
            { path: '/settings', element: <PracticeSettingsPage /> },
            { path: '/audit', element: <AuditLogPage /> },
            { path: '/library', element: <LibraryPage /> },
            {
              path: '/library/:templateId/preview',
              // The editor loads only for a preview, as for the worksheet route.
              lazy: async () => ({
                Component: (await import('./screens/library/with-editor/TemplatePreviewPage'))
                  .TemplatePreviewPage,
              }),
              hydrateFallbackElement: <LoadingText label="Opening the preview…" />,
            },
            {
              path: '/library/:templateId/edit',
              lazy: async () => ({
                Component: (await import('./screens/library/with-editor/TemplateEditorPage'))
                  .TemplateEditorPage,
              }),
              hydrateFallbackElement: <LoadingText label="Opening the template…" />,
            },
          ],
        },
        {
          element: (
            <RequireRole allow="client">
              <AppShell />
            </RequireRole>
          ),
          children: [
            { path: '/homework', element: <HomeworkPage /> },
            {
              path: '/progress',
              lazy: async () => ({
                Component: (await import('./screens/client/progress/OwnProgressPage')).OwnProgressPage,
              }),
              hydrateFallbackElement: <LoadingText label="Opening your progress…" />,
            },
          ],
        },
        {
          element: (
            <RequireRole>
              <AppShell />
            </RequireRole>
          ),
          children: [
            {
              path: '/worksheets/:worksheetId',
              // The editor, Yjs and the relay client load only when a worksheet is opened.
              lazy: async () => ({
                Component: (await import('./screens/worksheet/WorksheetPage')).WorksheetPage,
              }),
              // Shown inside the app shell while that code loads on a first visit (React Router warns without one).
              hydrateFallbackElement: <LoadingText label="Opening the worksheet…" />,
            },
            {
              path: '/worksheets/:worksheetId/print',
              lazy: async () => ({
                Component: (await import('./screens/print/WorksheetPrintPage')).WorksheetPrintPage,
              }),
              hydrateFallbackElement: <LoadingText label="Preparing the print view…" />,
            },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
