/**
 * Search without a network: Pagefind runs on the files this device kept from
 * earlier searches (the service worker's SEARCH_CACHE). A word whose index
 * chunk was never fetched simply matches nothing (Pagefind skips a chunk it
 * cannot load), and a result can only be shown if its details (its fragment)
 * were kept and opened only if its page was. So offline, results are the ones
 * this device can show and open, and the status says what needs the network.
 */
import { PAGES_CACHE, SEARCH_CACHE } from '../offline/caches.ts';

export interface OfflineResults<T> {
  /** Results whose details loaded and whose page is saved on this device, in rank order. */
  kept: T[];
  /** Results that need the network to be shown or opened. */
  needNetwork: number;
}

/**
 * Whether this device kept what Pagefind needs to start (its script, entry file
 * and WebAssembly) from an earlier search. Offline, Pagefind is loaded only then:
 * a browser remembers a failed import until the page reloads, so a failed try
 * would leave search broken after the network came back.
 */
export async function pagefindKept(bundleUrl: string, base: string): Promise<boolean> {
  const cache = await caches.open(SEARCH_CACHE);
  const kept = new Set((await cache.keys()).map((r) => r.url));
  const bundle = new URL(bundleUrl, base);
  return (
    kept.has(bundle.href) &&
    kept.has(new URL('pagefind-entry.json', bundle).href) &&
    [...kept].some((url) => url.startsWith(new URL('wasm.', bundle).href))
  );
}

/** Whether a page (any query string aside) is saved for reading offline. */
export async function pageIsSaved(url: string): Promise<boolean> {
  const cache = await caches.open(PAGES_CACHE);
  return (await cache.match(url, { ignoreSearch: true, ignoreVary: true })) !== undefined;
}

/** Loads each result's details and keeps the ones that can be shown and opened offline. */
export async function offlineResults<T extends { url: string }>(
  loads: readonly (() => Promise<T>)[],
  isSaved: (url: string) => Promise<boolean> = pageIsSaved,
): Promise<OfflineResults<T>> {
  const settled = await Promise.all(
    loads.map(async (load) => {
      try {
        const data = await load();
        return (await isSaved(data.url)) ? data : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  const kept = settled.filter((d): d is Awaited<T> => d !== undefined);
  return { kept, needNetwork: loads.length - kept.length };
}

/**
 * What the status line adds offline, after the count of results: `asked` results
 * were looked up for this screen, `needNetwork` of them could not be shown.
 */
export function offlineNote(asked: number, needNetwork: number): string {
  if (asked === 0)
    return ' Offline, search finds only words searched before on this device: search again with the network for the rest.';
  if (needNetwork === 0) return '';
  if (needNetwork === asked)
    return asked === 1
      ? ' Offline: it is not saved on this device and needs the network.'
      : ' Offline: none of them is saved on this device; they need the network.';
  return ` Offline: ${needNetwork} of the first ${asked} ${needNetwork === 1 ? 'is' : 'are'} not saved on this device and ${needNetwork === 1 ? 'needs' : 'need'} the network.`;
}

/** Said instead of results when Pagefind itself cannot load. */
export const SEARCH_NEEDS_NETWORK =
  'Search needs the network: its index is not saved on this device yet. Pages you have opened still read offline.';
