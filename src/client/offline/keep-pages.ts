/**
 * Puts pages into the cache the service worker reads them from when the network
 * is gone (PAGES_CACHE), and brings them up to date after a new build. Loaded
 * only when there is caching to do (src/client/offline/register.ts).
 */
import { FIRST_VISIT_PAGES, PAGES_CACHE } from './caches.ts';

/** Pages fetched at once: enough to fill a phone's connection, few enough to leave room for the reader's own clicks. */
const AT_ONCE = 4;

export interface KeepResult {
  kept: number;
  /** Addresses that could not be fetched (no network, or no longer on the site). */
  failed: string[];
}

/**
 * Fetches one page, revalidated with the server (never an old HTTP-cached copy),
 * and caches it under its address. `gone`: the site no longer has it.
 */
async function fetchInto(cache: Cache, url: string): Promise<'kept' | 'gone' | 'failed'> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (response.ok && !response.redirected) {
      await cache.put(url, response);
      return 'kept';
    }
    return response.status === 404 || response.status === 410 ? 'gone' : 'failed';
  } catch {
    return 'failed';
  }
}

/** Fetches `urls` into the cache, AT_ONCE at a time; `onResult` hears each outcome as it comes. */
async function fetchAllInto(
  urls: readonly string[],
  onResult: (url: string, outcome: 'kept' | 'gone' | 'failed') => Promise<void> | void,
): Promise<KeepResult> {
  const cache = await caches.open(PAGES_CACHE);
  const failed: string[] = [];
  let kept = 0;
  let next = 0;
  const lane = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const outcome = await fetchInto(cache, url);
      if (outcome === 'kept') kept++;
      else failed.push(url);
      await onResult(url, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, urls.length) }, lane));
  return { kept, failed };
}

/** Caches the pages at `paths` (relative to `base`); `onProgress` hears how many are done. */
export function keepPages(
  paths: readonly string[],
  base: string,
  onProgress?: (done: number) => void,
): Promise<KeepResult> {
  const urls = [...new Set(paths.map((p) => new URL(p, base).href))];
  let done = 0;
  return fetchAllInto(urls, () => onProgress?.(++done));
}

/**
 * The reader's first visit: the page they arrived on was loaded before the
 * worker existed, so it is cached now, with the pages every reader starts from.
 */
export function keepFirstVisit(path: string, base = location.href): Promise<KeepResult> {
  return keepPages([...FIRST_VISIT_PAGES, path], base);
}

/**
 * After a new build: fetches every cached page again. A page the site no longer
 * has leaves the cache; one that cannot be fetched now (the network dropped)
 * keeps its old copy until the reader opens it online.
 */
export async function refreshKeptPages(): Promise<KeepResult> {
  const cache = await caches.open(PAGES_CACHE);
  const urls = (await cache.keys()).map((r) => r.url);
  return fetchAllInto(urls, async (url, outcome) => {
    if (outcome === 'gone') await cache.delete(url);
  });
}
