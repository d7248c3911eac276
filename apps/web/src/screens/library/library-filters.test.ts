import { describe, expect, it } from 'vitest';
import {
  filtersFromParams,
  isFiltered,
  noFilters,
  paramsFromFilters,
  searchFiltersOf,
} from './library-filters';

describe('library filters in the URL', () => {
  it('reads every filter from the search params', () => {
    const params = new URLSearchParams('q=thou%20rec&kind=worksheet&approach=cbt&topic=sleep');
    expect(filtersFromParams(params)).toEqual({
      query: 'thou rec',
      kind: 'worksheet',
      approach: 'cbt',
      topic: 'sleep',
    });
  });

  it('ignores values that are not a kind, approach or topic (an old bookmark)', () => {
    expect(filtersFromParams(new URLSearchParams('kind=poem&approach=x&topic=y'))).toEqual(noFilters);
  });

  it('writes back only the filters that are set, so they round-trip', () => {
    expect(paramsFromFilters(noFilters).toString()).toBe('');
    const filters = {
      query: 'sleep window',
      kind: null,
      approach: 'cbt-i' as const,
      topic: 'sleep' as const,
    };
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe('q=sleep+window&approach=cbt-i&topic=sleep');
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('gives searchTemplates a list per set facet only', () => {
    expect(searchFiltersOf({ ...noFilters, query: 'x', topic: 'sleep' })).toEqual({
      query: 'x',
      topics: ['sleep'],
    });
  });

  it('counts blank queries as no filter', () => {
    expect(isFiltered({ ...noFilters, query: '  ' })).toBe(false);
    expect(isFiltered({ ...noFilters, kind: 'measure' })).toBe(true);
  });
});
