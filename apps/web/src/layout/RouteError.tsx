import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when a screen throws: says what happened and offers a way back, instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="public__main">
      <div className="card public__card">
        <h1>{notFound ? 'Page not found' : 'Something went wrong'}</h1>
        <p>
          {notFound
            ? 'This address does not lead anywhere in Interlude.'
            : 'This screen ran into a problem. Your worksheets are safe; try reloading the page.'}
        </p>
        <p>
          <Link to="/">Go to your start page</Link>
        </p>
      </div>
    </main>
  );
}
