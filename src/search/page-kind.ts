/**
 * What kind of result a built page is, from its address: the `kind` filter
 * the index gives every page (src/integrations/pagefind.ts), which the search
 * groups results by (src/search/rank-results.ts). Passages are records of
 * their own and carry `passage` (src/search/passages.ts). Pure.
 */
import type { PageKind } from './rank-results.ts';

/** A built file's path relative to the site ("agreements/x/index.html") → its kind. */
export function kindOfPath(path: string): PageKind {
  const first = path.split('/')[0];
  if (first === 'agreements') return 'agreement';
  if (first === 'countries') return 'country';
  if (first === 'sectors') return 'sector';
  if (first === 'sources') return 'source';
  return 'page';
}
