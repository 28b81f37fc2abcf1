/**
 * The one door to Pagefind in the browser: loads the bundle built by
 * src/integrations/pagefind.ts on first use, applies the site's ranking, and
 * turns raw results into the plain hits the UI renders. Loaded only when a
 * reader opens search, never by a content page on its own.
 */
import type { PagefindSearchOptions } from './search-state.ts';
import { pagefindKept } from './offline-results.ts';

/** Pagefind's raw result data: only the fields this site reads. */
export interface PagefindResultData {
  /** The address as indexed (url carries Pagefind's own highlight parameters). */
  raw_url: string;
  /** The indexed text; word positions count its whitespace-separated pieces. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: { id: string; location: number; element: string }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's content. */
  words: number[];
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

/**
 * Ranking: Pagefind's defaults, with weights for the metadata an agreement
 * page is searched by (src/pages/agreements/[id].astro): a word in its name
 * counts most, then its aliases and parties, then the instruments made under
 * it. Results are grouped by kind before they are ranked
 * (src/search/rank-results.ts), so these weights order agreements among
 * themselves. Chosen with `npm run tune:search` (docs/search.md).
 */
export const RANKING = {
  termFrequency: 1.0,
  termSimilarity: 1.0,
  pageLength: 0.75,
  termSaturation: 1.4,
  metaWeights: { title: 10.0, aliases: 8.0, parties: 6.0, instruments: 3.0, country: 10.0 },
} as const;

/** Name of the URL parameter that carries the searched words to the opened page. */
export const HIGHLIGHT_PARAM = 'highlight';

let loading: Promise<PagefindApi | undefined> | undefined;

/** Pagefind, ready to search; undefined where there is no index (the dev server). */
export function loadPagefind(bundleUrl = '/pagefind/pagefind.js'): Promise<PagefindApi | undefined> {
  loading ??= (async () => {
    if (navigator.onLine === false && !(await pagefindKept(bundleUrl, location.href))) {
      loading = undefined;
      return undefined;
    }
    try {
      const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi;
      // noWorker: searching this index takes a few milliseconds on the main thread, and the
      // worker script would be another 12 KB gzip on a first search (docs/search.md).
      await pagefind.options({
        ranking: RANKING,
        highlightParam: HIGHLIGHT_PARAM,
        excerptLength: 24,
        noWorker: true,
      });
      void pagefind.init();
      return pagefind;
    } catch {
      // Not loaded (no index, or no network and nothing kept offline): the next search tries again.
      loading = undefined;
      return undefined;
    }
  })();
  return loading;
}
