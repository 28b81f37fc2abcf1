/**
 * Brings a SearchPanel to life: searches as the reader types, renders results
 * with text nodes only (excerpts keep Pagefind's <mark>s), announces counts in
 * the panel's live region, and moves focus through results with the arrow
 * keys. On the /search/ page it also drives the filters and keeps the state
 * in the address bar.
 */
import {
  loadPagefind,
  toHit,
  toSearchTerm,
  type ExcerptPart,
  type PagefindApi,
  type SearchHit,
} from './pagefind-client.ts';
import {
  EMPTY_STATE,
  FILTER_KEYS,
  hasCriteria,
  searchPageHref,
  stateFromParams,
  stateToParams,
  toPagefindOptions,
  type SearchState,
  type Sort,
} from './search-state.ts';
import { offlineNote, offlineResults, SEARCH_NEEDS_NETWORK } from './offline-results.ts';

/**
 * Results shown at once. Each one costs its page's fragment on the wire, and
 * the first search from a content page has a 150 KB budget (docs/search.md):
 * the dialog shows five (a phone screen), the /search/ page ten.
 */
const PAGE_SIZES = { dialog: 5, page: 10 } as const;
/** Short enough to feel instant, long enough not to search on every key of a fast typist. */
const DEBOUNCE_MS = 60;

export interface MountOptions {
  /** 'page' reads and writes the URL and shows filters; 'dialog' opens results directly. */
  mode: 'page' | 'dialog';
}

export interface SearchPanel {
  input: HTMLInputElement;
  /** Resolves when the results for the current input are on screen. */
  settled(): Promise<void>;
}

function partsToNodes(parts: ExcerptPart[], doc: Document): Node[] {
  return parts.map((p) => {
    if (!p.marked) return doc.createTextNode(p.text);
    const mark = doc.createElement('mark');
    mark.textContent = p.text;
    return mark;
  });
}

function hitToElement(hit: SearchHit, doc: Document): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'search-hit';
  const a = doc.createElement('a');
  a.className = 'search-hit__link';
  a.href = hit.url;
  a.textContent = hit.title;
  const title = doc.createElement('p');
  title.className = 'search-hit__title';
  title.append(a);
  li.append(title);
  if (hit.facts) {
    const facts = doc.createElement('p');
    facts.className = 'search-hit__facts';
    facts.textContent = hit.facts;
    li.append(facts);
  }
  const excerpt = doc.createElement('p');
  excerpt.className = 'search-hit__excerpt';
  excerpt.append(...partsToNodes(hit.excerpt, doc));
  li.append(excerpt);
  if (hit.passages.length > 0) {
    const ul = doc.createElement('ul');
    ul.className = 'search-hit__passages';
    for (const p of hit.passages) {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.href = p.url;
      link.textContent = p.title;
      item.append(link);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** "3 results for “jaxa” in Japan" – what the live region says once results are on screen. */
export function statusText(count: number, state: SearchState): string {
  const what = state.q ? ` for “${state.q}”` : '';
  const filters = FILTER_KEYS.flatMap((k) => (state.filters[k] ? [state.filters[k]] : []));
  const within = filters.length > 0 ? ` (${filters.join(', ')})` : '';
  if (count === 0) return `No results${what}${within}.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${within}.`;
}

function must<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search panel is missing ${selector}`);
  return el;
}

export function mountSearch(root: HTMLElement, { mode }: MountOptions): SearchPanel {
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const input = must<HTMLInputElement>(root, '[data-search-input]');
  const form = must<HTMLFormElement>(root, '[data-search-form]');
  const status = must<HTMLElement>(root, '[data-search-status]');
  const list = must<HTMLOListElement>(root, '[data-search-results]');
  const more = must<HTMLButtonElement>(root, '[data-search-more]');
  const empty = must<HTMLElement>(root, '[data-search-empty]');
  const pageLink = root.querySelector<HTMLAnchorElement>('[data-search-page-link]');
  const filterSelects = new Map(
    FILTER_KEYS.map((k) => [k, root.querySelector<HTMLSelectElement>(`[data-search-filter="${k}"]`)]),
  );
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]');

  let state: SearchState =
    mode === 'page' ? stateFromParams(new URLSearchParams(win.location.search)) : { ...EMPTY_STATE };
  const pageSize = PAGE_SIZES[mode];
  let shown = pageSize;
  let ticket = 0;
  let current: Promise<void> = Promise.resolve();
  // The search page with nothing asked yet loads Pagefind and its WebAssembly on the reader's first
  // move, not during page load, where compiling it blocked the main thread (Lighthouse, docs/page-budgets.md).
  let startLoading!: () => void;
  const pagefindReady = new Promise<void>((ok) => (startLoading = ok)).then(() => loadPagefind());
  if (mode !== 'page' || hasCriteria(state)) startLoading();
  else
    for (const type of ['focusin', 'pointerdown', 'keydown'] as const)
      root.addEventListener(type, () => startLoading(), { once: true });

  const writeUrl = () => {
    if (pageLink) pageLink.href = searchPageHref(state);
    if (mode !== 'page') return;
    const query = stateToParams(state).toString();
    win.history.replaceState(null, '', query ? `?${query}` : win.location.pathname);
  };

  const render = async (pagefind: PagefindApi, mine: number) => {
    if (!hasCriteria(state)) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      empty.hidden = true;
      return;
    }
    const term = toSearchTerm(state.q);
    if (term === '' && !hasCriteria({ ...state, q: '' })) {
      // One letter alone matches nearly every page: wait for the next one rather than fetch results for it.
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = 'Type at least two letters to search.';
      return;
    }
    const search = await pagefind.search(term || null, toPagefindOptions(state));
    if (!search || mine !== ticket) return;
    // Offline, only what this device kept can be shown and opened (src/client/search/offline-results.ts).
    const offline = win.navigator.onLine === false;
    const loads = search.results.slice(0, shown).map((r) => async () => toHit(await r.data()));
    const { kept: hits, needNetwork } = offline
      ? await offlineResults(loads)
      : { kept: await Promise.all(loads.map((load) => load())), needNetwork: 0 };
    if (mine !== ticket) return;
    list.replaceChildren(...hits.map((h) => hitToElement(h, doc)));
    more.hidden = search.results.length <= shown;
    empty.hidden = search.results.length > 0 || offline;
    status.textContent =
      statusText(search.results.length, state) + (offline ? offlineNote(loads.length, needNetwork) : '');
    if (mode === 'page') updateFilterCounts(search.filters);
  };

  const run = () => {
    startLoading();
    const mine = ++ticket;
    current = (async () => {
      // A Pagefind that could not load (offline, say) is asked for again at the next search.
      const pagefind = (await pagefindReady) ?? (await loadPagefind());
      const offline = win.navigator.onLine === false;
      if (!pagefind) {
        status.textContent = offline
          ? SEARCH_NEEDS_NETWORK
          : 'Search works on the built site (npm start); the development server has no index.';
        return;
      }
      try {
        await render(pagefind, mine);
      } catch (error) {
        // Offline, Pagefind fails to start when its WebAssembly was never kept on this device.
        if (!offline) throw error;
        status.textContent = SEARCH_NEEDS_NETWORK;
      }
    })();
    return current;
  };

  /** Filter options come from the index itself, with counts for the current search. */
  const filterOptionsReady = (async () => {
    if (mode !== 'page') return;
    const pagefind = await pagefindReady;
    if (!pagefind) return;
    const all = await pagefind.filters();
    for (const [key, select] of filterSelects) {
      if (!select) continue;
      const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      const wanted = state.filters[key];
      if (wanted && !values.includes(wanted)) values.push(wanted);
      select.append(...values.map((v) => new Option(v, v, false, v === wanted)));
      select.value = wanted ?? '';
    }
  })();

  const updateFilterCounts = (counts: Record<string, Record<string, number>>) => {
    for (const [key, select] of filterSelects) {
      if (!select) continue;
      for (const option of Array.from(select.options)) {
        if (option.value === '') continue;
        const n = counts[key]?.[option.value];
        option.textContent = n === undefined ? option.value : `${option.value} (${n})`;
      }
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      shown = pageSize;
      writeUrl();
      void run();
    }, DEBOUNCE_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value.trim() };
    writeUrl();
    void run().then(() => {
      // In the dialog, Enter in the box opens the best match, as in a command palette.
      const first = list.querySelector<HTMLAnchorElement>('.search-hit__link');
      if (mode === 'dialog' && first) first.click();
    });
  });

  for (const [key, select] of filterSelects) {
    select?.addEventListener('change', () => {
      const filters = { ...state.filters };
      if (select.value) filters[key] = select.value;
      else delete filters[key];
      state = { ...state, filters };
      shown = pageSize;
      writeUrl();
      void run();
    });
  }
  sortSelect?.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value as Sort };
    writeUrl();
    void run();
  });

  more.addEventListener('click', () => {
    const focusIndex = shown;
    shown += pageSize;
    void run().then(() => list.querySelectorAll<HTMLAnchorElement>('.search-hit__link')[focusIndex]?.focus());
  });

  // Arrow keys move between the box and the results' main links; Enter follows a link natively.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...Array.from(list.querySelectorAll<HTMLAnchorElement>('.search-hit__link'))];
    const at = stops.indexOf(doc.activeElement as HTMLInputElement);
    if (at === -1) return;
    event.preventDefault();
    const next = Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    stops[next]?.focus();
  });

  input.value = state.q;
  if (sortSelect) sortSelect.value = state.sort;
  writeUrl();
  if (hasCriteria(state)) void filterOptionsReady.then(run);
  root.dataset['searchReady'] = '';
  return { input, settled: () => current };
}
