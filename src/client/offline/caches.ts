/**
 * What the service worker (configured in src/integrations/service-worker.ts)
 * and the page code that fills its caches (src/client/offline/) must agree on:
 * the names of the caches in the browser's Cache Storage and the pages in them.
 * (The worker's own address is in worker-url.ts, which every page loads.)
 */

/**
 * Every page a reader opens or saves. The worker answers pages from the network
 * first and from here when the network is gone; keys carry no query string, so
 * `/sources/x/?highlight=…` reads offline as `/sources/x/`.
 */
export const PAGES_CACHE = 'atlas-pages';

/** Pagefind's files, kept as the reader searches, so a search run online runs again offline. */
export const SEARCH_CACHE = 'atlas-search';

/** Pages cached on a reader's first visit, whatever page they arrive on. */
export const FIRST_VISIT_PAGES = ['/', '/countries/', '/agreements/', '/search/'] as const;

/** The page the worker shows for a page that is not saved, when the network is gone (src/pages/offline.astro). */
export const OFFLINE_PAGE = '/offline/';
