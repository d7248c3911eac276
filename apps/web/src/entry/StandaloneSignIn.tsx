import { useState } from 'react';
import { ApiError, errorMessage } from '../api/http';
import type { Me } from '../api/types';
import { fetchMe, requestSignIn, type SignInInput } from '../api/who-am-i';
import { PublicFrame } from '../layout/PublicFrame';
import { SignInForm } from '../screens/public/SignInForm';

export interface StandaloneSignInProps {
  /** Opens the app for this person; rejects if it cannot (its code did not load). */
  onSignedIn: (me: Me) => Promise<void>;
}

/**
 * A new visitor's sign-in page, without the router or the query library (which load afterwards,
 * with the app): the same form as the app's sign-in route. The button stays busy until the app is
 * there, so nothing in between flashes.
 */
export function StandaloneSignIn({ onSignedIn }: StandaloneSignInProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signIn = async (input: SignInInput) => {
    setBusy(true);
    setError(null);
    try {
      await requestSignIn(input);
      const me = await fetchMe();
      if (!me) throw new ApiError(401, 'not-signed-in', 'Please sign in again.');
      await onSignedIn(me);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <PublicFrame>
      <SignInForm
        busy={busy}
        error={error}
        onSubmit={(input) => void signIn(input)}
        signUpLink={<a href="/sign-up">Create a therapist account</a>}
      />
    </PublicFrame>
  );
}
