/**
 * Offline reading: writes `dist/sw.js` with Workbox's `generateSW` at the end
 * of `astro build`, from the configuration below (no caching code of our own
 * in the worker). What is cached when:
 *
 * - On install (a reader's first visit, and after each new build): the site's
 *   CSS and scripts, the favicon and the offline page, from
 *   a precache manifest whose revision hashes change only when a file does.
 * - Every page a reader opens: network first, so a reader online always gets the
 *   current build; the cached copy when the network is gone. On the first visit
 *   the page code (src/client/offline/) also caches the home page, the country
 *   and agreement lists and the search page, and the reader can save a country.
 * - Pagefind's files, as the reader searches: a search run online runs offline.
 *
 * A build that changes any page changes the precache manifest (the offline page's
 * revision is a hash of every page), so browsers install the new worker on their
 * next visit online; it takes over at once and the page code refreshes every
 * cached page (src/client/offline/keep-pages.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import {
  generateSW,
  type GenerateSWOptions,
  type GetManifestOptions,
  type ManifestTransform,
} from 'workbox-build';
import { OFFLINE_PAGE, PAGES_CACHE, SEARCH_CACHE } from '../client/offline/caches.ts';
import { SERVICE_WORKER_URL } from '../client/offline/worker-url.ts';

/**
 * Files every page needs, fetched when the worker installs; names under _astro/ carry a content hash.
 * The manifest and its icons are left to the browser, which fetches them itself when a reader installs the site.
 */
export const PRECACHED = ['_astro/**/*.{css,js}', 'favicon.svg'];

/**
 * One hash of every page of the site, in path order. It versions the offline page
 * in the precache manifest, so a build that changes any page (a new document, say)
 * changes the worker, and readers' browsers install it and refresh what they keep.
 */
async function pagesRevision(dir: string): Promise<string> {
  const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const hash = createHash('sha256');
  for (const page of pages) {
    hash.update(`${page.split(sep).join('/')}\0`);
    hash.update(
      createHash('sha256')
        .update(await readFile(join(dir, page)))
        .digest('hex'),
    );
  }
  return hash.digest('hex');
}

/** A Workbox plugin: responses are cached, and looked up, under their address without its query string. */
const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

const inPathOrder: ManifestTransform = (entries) => ({
  manifest: [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  warnings: [],
});

/**
 * What the worker precaches for a built site in `dir`, with a revision per file:
 * the part of its configuration that Workbox's getManifest() also reads.
 */
export async function precacheOptions(dir: string) {
  return {
    globDirectory: dir,
    globPatterns: PRECACHED,
    templatedURLs: { [OFFLINE_PAGE.slice(1)]: await pagesRevision(dir) },
    // Hashed names change with their content: no cache-busting query needed to fetch them fresh.
    dontCacheBustURLsMatching: /^_astro\//,
    // In path order, not the file system's, so two builds write the same worker byte for byte.
    manifestTransforms: [inPathOrder],
  } satisfies GetManifestOptions;
}

/**
 * The worker's whole configuration for a built site in `dir`. Route callbacks are
 * copied into the worker as source text: they may use only their arguments.
 */
export async function serviceWorkerOptions(dir: string): Promise<GenerateSWOptions> {
  return {
    ...(await precacheOptions(dir)),
    swDest: join(dir, SERVICE_WORKER_URL.slice(1)),
    // A new build's worker replaces the old one on the reader's next visit, without waiting for every tab to close.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The page request starts while the worker wakes up, so network-first costs no extra wait.
    navigationPreload: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          // On a train's trickle of signal, the saved copy after 5 s beats an endless wait; a late answer still updates it.
          networkTimeoutSeconds: 5,
          // Pages saved by the page code were fetched with other headers than a navigation sends.
          matchOptions: { ignoreVary: true },
          precacheFallback: { fallbackURL: OFFLINE_PAGE },
          // One copy per page: `?highlight=…` (from a search result) or `?q=…` read the same page.
          plugins: [withoutQuery],
        },
      },
      {
        // Pagefind's index, fragments and filters have content-hashed names: once cached, always right.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /^\/pagefind\/(?:(?:index|fragment|filter)\/|[^/]+\.pf_meta$)/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: SEARCH_CACHE, expiration: { maxEntries: 500 } },
      },
      {
        // Its entry file, script and WebAssembly keep their names from build to build: the network's copy first.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
        handler: 'NetworkFirst',
        // Pagefind asks for its entry file with a new `?ts=` each time, to pass by HTTP caches.
        options: { cacheName: SEARCH_CACHE, plugins: [withoutQuery] },
      },
    ],
  };
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'partnerships-atlas:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, size, warnings } = await generateSW(await serviceWorkerOptions(fileURLToPath(dir)));
        for (const w of warnings) logger.warn(w);
        logger.info(
          `${SERVICE_WORKER_URL}: ${count} files precached (${(size / 1024).toFixed(1)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
