/**
 * What the reader asked for (query, filters, sort) to and from the address
 * bar, so every search can be bookmarked, shared and reopened: the URL is the
 * single source of truth for the /search/ page.
 */

/** The filters agreement pages declare (data-pagefind-filter), in display order. */
export const FILTER_KEYS = ['partner', 'type', 'sector', 'decade'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: Sort;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

const isSort = (s: string | null): s is Sort => (SORTS as readonly (string | null)[]).includes(s);

/** `?q=jaxa&partner=Japan&sort=date-desc` → a search state; unknown keys are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q')?.trim() ?? '', filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** A search state → query-string parameters, leaving out everything at its default. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The /search/ address for a state: what the dialog's "filter and sort" link and deep links use. */
export function searchPageHref(state: SearchState): string {
  const query = stateToParams(state).toString();
  return query ? `/search/?${query}` : '/search/';
}

/** Pagefind's filter syntax: values by key, combined with `all` (the default), `any`, `none` or `not`. */
export type PagefindFilters = { [key: string]: string | string[] | PagefindFilters | PagefindFilters[] };

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A search state → the options Pagefind's search() takes. */
export function toPagefindOptions(state: SearchState): PagefindSearchOptions {
  const options: PagefindSearchOptions = {};
  const filters = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (state.filters[k] ? [[k, state.filters[k]]] : [])),
  );
  if (Object.keys(filters).length > 0) options.filters = filters;
  if (state.sort === 'date-desc') options.sort = { date: 'desc' };
  if (state.sort === 'date-asc') options.sort = { date: 'asc' };
  return options;
}

/** Whether there is anything to search for: a query, a filter, or a sort (which lists everything). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0 || state.sort !== 'relevance';
}
