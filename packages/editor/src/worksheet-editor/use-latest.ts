import { useRef } from 'react';

/**
 * A ref always holding the latest value, for callbacks handed to an editor that must not be recreated each
 * time the parent renders a new function.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
