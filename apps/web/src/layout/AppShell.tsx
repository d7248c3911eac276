import { NavLink, Outlet } from 'react-router';
import { useSignedInMe } from '../auth/signed-in';
import { SignOutButton } from './SignOutButton';
import { SkipLink } from './SkipLink';

const therapistLinks = [
  { to: '/clients', label: 'Clients' },
  { to: '/library', label: 'Library' },
  { to: '/settings', label: 'Practice' },
  { to: '/audit', label: 'Activity log' },
];

const clientLinks = [
  { to: '/homework', label: 'My homework' },
  { to: '/progress', label: 'My progress' },
];

/** Header with the practice name, the role's navigation and sign-out; the screen below. */
export function AppShell() {
  const me = useSignedInMe();
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
            <SignOutButton userId={me.user.id} />
          </div>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
