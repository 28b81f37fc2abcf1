/**
 * The one door to Pagefind in the browser: loads the bundle built by
 * src/integrations/pagefind.ts on first use, applies the site's ranking, and
 * turns raw results into the plain hits the UI renders. Loaded only when a
 * reader opens search, never by a content page on its own.
 */
import { formatIsoDate } from '../../utils/dates.ts';
import type { PagefindSearchOptions } from './search-state.ts';
import { pagefindKept } from './offline-results.ts';

/** Pagefind's raw result data: only the fields this site reads. */
interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { id: string };
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
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
 * Ranking: Pagefind's defaults, plus a boost for the `country` meta that only
 * country pages carry, so a reader who types "Japan" gets the Japan page
 * rather than one of the dozens of agreements titled "India–Japan …". Names
 * and acronyms already outrank passing mentions through the agreement pages'
 * data-pagefind-weight (title 10, aliases 8). Chosen by running the query
 * table under candidate settings; the before/after table is in docs/search.md.
 */
export const RANKING = {
  termFrequency: 1.0,
  termSimilarity: 1.0,
  pageLength: 0.75,
  termSaturation: 1.4,
  metaWeights: { title: 5.0, country: 10.0 },
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

/** Words too common to narrow a search here; each would cost its own index chunk on a first search. */
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'between',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);

/**
 * What the reader typed → what Pagefind searches: the same words without
 * stopwords and one-letter words ("Indo-US Science and Technology Forum" →
 * "Indo-US Science Technology Forum"; "Japan S", half typed, → "Japan"). Pagefind
 * ANDs words and matches each as a prefix, so the results are the same or
 * wider, and a first search fetches fewer index chunks and fragments: a single
 * letter is a prefix of most words here. Stopwords alone are searched as typed
 * ("the"); a query of one letter alone is nothing to search: ''.
 */
export function toSearchTerm(query: string): string {
  const words = query
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 1);
  const kept = words.filter((w) => !STOPWORDS.has(w.toLowerCase()));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** A piece of an excerpt: text, and whether Pagefind marked it as a match. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * The index puts a hyphen after each dash that joins two words (“ISRO–-JAXA”,
 * src/integrations/pagefind.ts), so Pagefind's titles and excerpts carry it:
 * text → the page's own text.
 */
const withoutIndexHyphens = (text: string) => text.replace(/([\u2010-\u2015\u2212])-/g, '$1');

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&amp;': '&',
};
const decodeEntities = (s: string) => s.replace(/&(?:lt|gt|quot|amp|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/**
 * Pagefind's excerpt HTML (entity-escaped text with <mark> around matches) →
 * text parts, so the UI can build it with text nodes and never parse HTML.
 */
export function excerptToParts(excerpt: string): ExcerptPart[] {
  return withoutIndexHyphens(excerpt)
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((p) => p !== '')
    .map((p) => {
      const m = /^<mark>([\s\S]*)<\/mark>$/.exec(p);
      return m
        ? { text: decodeEntities(m[1] ?? ''), marked: true }
        : { text: decodeEntities(p), marked: false };
    });
}

export interface SearchHit {
  url: string;
  title: string;
  /** "Japan · Implementing arrangement · 8 December 2006": partner, type and date from the page's meta. */
  facts: string;
  excerpt: ExcerptPart[];
  passages: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

/** The facts line of a result: partner, type and date, whichever the page declares. */
export function factsLine(meta: Record<string, string | undefined>): string {
  const date = meta['date'] ? formatIsoDate(meta['date']) : undefined;
  return [meta['partner'], meta['type'], date].filter((x): x is string => Boolean(x)).join(' · ');
}

/** Pagefind's result data → what a result shows: title, facts, excerpt and up to `passages` passage links. */
export function toHit(data: PagefindResultData, passages = 2): SearchHit {
  return {
    url: data.url,
    title: withoutIndexHyphens(data.meta['title'] ?? data.url),
    facts: factsLine(data.meta),
    excerpt: excerptToParts(data.excerpt),
    passages: data.sub_results
      .filter((s) => s.anchor !== undefined)
      .slice(0, passages)
      .map((s) => ({ title: withoutIndexHyphens(s.title), url: s.url, excerpt: excerptToParts(s.excerpt) })),
  };
}
