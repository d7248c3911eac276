import { Link } from 'react-router';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** Any address the app does not know. */
export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <main id="main" className="public__main">
      <div className="card public__card">
        <h1>Page not found</h1>
        <p>This address does not lead anywhere in Interlude.</p>
        <p>
          <Link to="/">Go to your start page</Link>
        </p>
      </div>
    </main>
  );
}
