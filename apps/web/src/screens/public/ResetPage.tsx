import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/http';
import { useCompletePasswordReset, usePasswordReset } from '../../api/links';
import { Notice } from '../../ui/Notice';
import { LoadingText } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { SetPasswordForm } from './SetPasswordForm';

/** A client sets a new password through the reset link their therapist gave them. */
export function ResetPage() {
  useDocumentTitle('Choose a new password');
  const { token = '' } = useParams();
  const reset = usePasswordReset(token);
  const complete = useCompletePasswordReset(token);
  const navigate = useNavigate();

  if (reset.isPending) return <LoadingText label="Opening your reset link…" />;
  if (reset.error) {
    return (
      <>
        <h1>This link cannot be used</h1>
        <Notice tone="warning">{errorMessage(reset.error)}</Notice>
        <p>
          Reset links work once and expire after a while. Ask your therapist for a new one, or{' '}
          <Link to="/sign-in">sign in</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Choose a new password</h1>
      <p className="lead">
        Choose a new password for <strong>{reset.data.email}</strong>.
      </p>
      <SetPasswordForm
        email={reset.data.email}
        submitLabel="Save password"
        busy={complete.isPending}
        error={complete.error}
        onSubmit={(password) =>
          complete.mutate(password, {
            onSuccess: () => navigate('/', { replace: true }),
          })
        }
      />
    </>
  );
}
