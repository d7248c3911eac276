import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/http';
import { queryKeys } from '../../api/query-keys';
import { useSignIn } from '../../api/session';
import type { Me } from '../../api/types';
import { homePathFor, safeNextPath } from '../../auth/home-path';
import { SignInForm } from './SignInForm';

/**
 * Sign-in inside the app (after signing out, or when a session ended). A new visitor's first
 * page shows the same form without the app around it (`entry/StandaloneSignIn.tsx`).
 */
export function SignInPage() {
  const signIn = useSignIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <SignInForm
      busy={signIn.isPending}
      error={signIn.error ? errorMessage(signIn.error) : null}
      signUpLink={<Link to="/sign-up">Create a therapist account</Link>}
      onSubmit={(input) =>
        signIn.mutate(input, {
          onSuccess: () => {
            // useSignIn has loaded the new person into the cache by now.
            const me = queryClient.getQueryData<Me | null>(queryKeys.me);
            navigate(safeNextPath(params.get('next')) ?? (me ? homePathFor(me.user.role) : '/'), {
              replace: true,
            });
          },
        })
      }
    />
  );
}
