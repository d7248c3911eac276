import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

/**
 * The signed-in person as RequireRole last saw them. Screens behind RequireRole read it from here
 * rather than from the query, so a sign-out (which empties the cache) never renders them without one.
 */
export const SignedInContext = createContext<Me | null>(null);

export function useSignedInMe(): Me {
  const me = useContext(SignedInContext);
  if (!me) throw new Error('useSignedInMe is only for screens behind RequireRole');
  return me;
}
