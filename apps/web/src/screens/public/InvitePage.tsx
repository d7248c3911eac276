import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/http';
import { useAcceptInvitation, useInvitation } from '../../api/links';
import { Notice } from '../../ui/Notice';
import { LoadingText } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { SetPasswordForm } from './SetPasswordForm';

/** A client follows their therapist's invitation link, chooses a password and lands in their portal. */
export function InvitePage() {
  useDocumentTitle('Join Interlude');
  const { token = '' } = useParams();
  const accept = useAcceptInvitation(token);
  // Accepting uses the link up and drops every cached query (the session changed), the invitation included:
  // asking for it again would only earn a 410 while the page moves on to the portal.
  const accepting = accept.isPending || accept.isSuccess;
  const invitation = useInvitation(token, { enabled: !accepting });
  const navigate = useNavigate();

  if (accepting && !invitation.data) return <LoadingText label="Joining…" />;
  if (invitation.isPending) return <LoadingText label="Opening your invitation…" />;
  if (invitation.error) {
    return (
      <>
        <h1>This invitation cannot be used</h1>
        <Notice tone="warning">{errorMessage(invitation.error)}</Notice>
        <p>
          Invitation links work once and expire after a while. Ask your therapist for a new link, or{' '}
          <Link to="/sign-in">sign in</Link> if you already joined.
        </p>
      </>
    );
  }

  const { clientDisplayName, practiceName, email } = invitation.data;
  return (
    <>
      <h1>{clientDisplayName ? `Welcome, ${clientDisplayName}` : 'Welcome'}</h1>
      <p className="lead">
        {practiceName ? `Your therapist at ${practiceName}` : 'Your therapist'} invited you to Interlude,
        where you will find the worksheets you work on together. Choose a password to join.
      </p>
      {email ? (
        <p>
          You will sign in as <strong>{email}</strong>.
        </p>
      ) : null}
      <SetPasswordForm
        email={email}
        submitLabel="Join"
        busy={accept.isPending}
        error={accept.error}
        onSubmit={(password) =>
          accept.mutate(password, {
            onSuccess: () => navigate('/', { replace: true }),
          })
        }
      />
    </>
  );
}
