/**
 * The offline code every page loads, kept to a few lines: registers the service
 * worker once the page has loaded (so it never competes with the page itself)
 * and wires the "Save this country" button. What fills and refreshes the caches
 * loads only when there is something to do:
 *
 * - the worker takes control for the first time (the reader's first visit):
 *   this page and the FIRST_VISIT_PAGES are cached;
 * - a new build's worker takes over from an old one: every cached page is
 *   fetched again, so no page stays at an old build (src/client/offline/keep-pages.ts).
 */
import { SERVICE_WORKER_URL } from './worker-url.ts';

/** Set on <html> when the caching that a worker's arrival starts is done: for tests and curious readers. */
export const KEPT_FLAG = 'offlineKept';

export function startOffline(doc: Document): void {
  const save = doc.querySelector<HTMLButtonElement>('[data-save-offline]');
  save?.addEventListener('click', () => void import('./save-country.ts').then((m) => m.saveCountry(save)));
  const win = doc.defaultView;
  const sw = win?.navigator.serviceWorker;
  // No worker where the browser offers none (private windows in some browsers, plain http).
  if (!win || !sw) return;
  const updating = sw.controller !== null;
  sw.addEventListener(
    'controllerchange',
    () =>
      void import('./keep-pages.ts')
        .then((m) => (updating ? m.refreshKeptPages() : m.keepFirstVisit(doc.location.pathname)))
        .then(() => (doc.documentElement.dataset[KEPT_FLAG] = updating ? 'refreshed' : 'first-visit')),
    { once: true },
  );
  const register = () => void sw.register(SERVICE_WORKER_URL).catch(() => undefined);
  if (doc.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
