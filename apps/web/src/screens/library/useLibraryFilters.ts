import { useSearchParams } from 'react-router';
import { filtersFromParams, type LibraryFilterState, paramsFromFilters } from './library-filters';

/**
 * The library's filters, kept in the URL so a filtered view can be bookmarked and Back returns to it.
 * Typing replaces the history entry (Back should not step through every letter); choosing a filter pushes.
 */
export function useLibraryFilters() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const update = (change: Partial<LibraryFilterState>) => {
    // From the address bar, not this render's params: two changes in quick succession (clearing the search,
    // then choosing a topic) would otherwise build the second from before the first and undo it.
    const current = filtersFromParams(new URLSearchParams(window.location.search));
    setParams(paramsFromFilters({ ...current, ...change }), { replace: 'query' in change });
  };
  const clear = () => setParams(new URLSearchParams());
  return { filters, update, clear };
}
