import {
  LIBRARY_TOPICS,
  type LibraryFilters,
  type LibraryTopic,
  THERAPY_APPROACHES,
  type TherapyApproach,
  WORKSHEET_KINDS,
  type WorksheetKind,
} from '@interlude/schema';

/** The library's filters as the URL holds them: `?q=thought&kind=worksheet&approach=cbt&topic=sleep`. */
export const FILTER_PARAMS = { query: 'q', kind: 'kind', approach: 'approach', topic: 'topic' } as const;

/** What the library screen filters by: one value per facet (a select), or none. */
export interface LibraryFilterState {
  query: string;
  kind: WorksheetKind | null;
  approach: TherapyApproach | null;
  topic: LibraryTopic | null;
}

export const noFilters: LibraryFilterState = { query: '', kind: null, approach: null, topic: null };

/** Reads the filters from a URL's search params; unknown values (an old bookmark) are ignored. */
export function filtersFromParams(params: URLSearchParams): LibraryFilterState {
  return {
    query: params.get(FILTER_PARAMS.query) ?? '',
    kind: oneOf(params.get(FILTER_PARAMS.kind), WORKSHEET_KINDS),
    approach: oneOf(params.get(FILTER_PARAMS.approach), Object.keys(THERAPY_APPROACHES) as TherapyApproach[]),
    topic: oneOf(params.get(FILTER_PARAMS.topic), Object.keys(LIBRARY_TOPICS) as LibraryTopic[]),
  };
}

/** The search params for these filters; empty ones are left out so a plain `/library` stays plain. */
export function paramsFromFilters(filters: LibraryFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set(FILTER_PARAMS.query, filters.query);
  if (filters.kind) params.set(FILTER_PARAMS.kind, filters.kind);
  if (filters.approach) params.set(FILTER_PARAMS.approach, filters.approach);
  if (filters.topic) params.set(FILTER_PARAMS.topic, filters.topic);
  return params;
}

/** The screen's filters in the shape the schema's `searchTemplates` takes. */
export function searchFiltersOf(filters: LibraryFilterState): LibraryFilters {
  return {
    query: filters.query,
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.approach ? { approaches: [filters.approach] } : {}),
    ...(filters.topic ? { topics: [filters.topic] } : {}),
  };
}

export function isFiltered(filters: LibraryFilterState): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.kind !== null ||
    filters.approach !== null ||
    filters.topic !== null
  );
}

function oneOf<Value extends string>(value: string | null, allowed: readonly Value[]): Value | null {
  return allowed.includes(value as Value) ? (value as Value) : null;
}
