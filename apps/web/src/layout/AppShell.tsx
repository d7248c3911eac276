import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSignOut } from '../api/session';
import { useSignedInMe } from '../auth/signed-in';
import { Button } from '../ui/Button';
import { SkipLink } from './SkipLink';

const therapistLinks = [
  { to: '/clients', label: 'Clients' },
  { to: '/settings', label: 'Practice' },
  { to: '/audit', label: 'Activity log' },
];

const clientLinks = [{ to: '/homework', label: 'My homework' }];

/** Header with the practice name, the role's navigation and sign-out; the screen below. */
export function AppShell() {
  const me = useSignedInMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const links = me.user.role === 'therapist' ? therapistLinks : clientLinks;

  return (
    <div className="shell">
      <SkipLink />
      <header className="shell__header">
        <div className="shell__bar">
          <NavLink to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ◐
            </span>
            <span className="brand__text">
              <span className="brand__name">Interlude</span>
              <span className="brand__practice">{me.practice.name}</span>
            </span>
          </NavLink>
          <nav aria-label="Main" className="shell__nav">
            <ul>
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} className="shell__link">
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="shell__account">
            <span className="shell__name">{me.user.displayName}</span>
            <Button
              variant="quiet"
              busy={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') })}
            >
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
