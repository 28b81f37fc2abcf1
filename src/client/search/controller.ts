/**
 * Brings a SearchPanel to life: searches as the reader types, renders results
 * grouped by kind (agreements first; src/search/rank-results.ts) with text
 * nodes only, announces what was found in the panel's live region, and moves
 * focus through results with the arrow keys. On the /search/ page it also
 * drives the filters and keeps the state in the address bar.
 */
import {
  HIGHLIGHT_PARAM,
  loadPagefind,
  type PagefindApi,
  type PagefindResultData,
} from './pagefind-client.ts';
import { lexiconClient } from './lexicon-client.ts';
import { runFilterOnly, runQuery } from './run-query.ts';
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
import { displayHit, type DisplayHit } from '../../search/display-hit.ts';
import { describeResults, type ResultWords } from '../../search/describe-results.ts';
import type { ExcerptPart } from '../../search/excerpt.ts';
import type { QueryPlan } from '../../search/plan-query.ts';
import type { RankedHit, RankedResults } from '../../search/rank-results.ts';
import { offlineNote, offlineResults, SEARCH_NEEDS_NETWORK } from './offline-results.ts';

/**
 * Results shown at once. Each one costs its page's fragment on the wire, and
 * the first search from a content page has a 150 KB budget (docs/search.md):
 * the dialog shows five (a phone screen), the /search/ page ten.
 */
const PAGE_SIZES = { dialog: 5, page: 10 } as const;
/** Short enough to feel instant, long enough not to search on every key of a fast typist. */
const DEBOUNCE_MS = 60;
/** The search lexicon's entry (src/integrations/search-lexicon.ts). */
const LEXICON_ENTRY = '/pagefind/lexicon/entry.json';

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

function hitToElement(hit: DisplayHit, doc: Document): HTMLLIElement {
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
  if (hit.excerpt.length > 0) {
    const excerpt = doc.createElement('p');
    excerpt.className = 'search-hit__excerpt';
    excerpt.append(...partsToNodes(hit.excerpt, doc));
    li.append(excerpt);
  }
  if (hit.missing) {
    const missing = doc.createElement('p');
    missing.className = 'search-hit__missing';
    missing.textContent = hit.missing;
    li.append(missing);
  }
  return li;
}

/** The groups of a result list, in reading order, with their headings. */
const GROUPS = [
  { key: 'agreements', heading: () => 'Agreements' },
  { key: 'related', heading: (w: ResultWords) => w.relatedHeading ?? 'Related agreements' },
  {
    key: 'partial',
    heading: (w: ResultWords) => w.partialHeading ?? 'Agreements matching part of the search',
  },
  { key: 'places', heading: () => 'Countries and sectors' },
  { key: 'sources', heading: () => 'In the sources' },
  { key: 'other', heading: () => 'Other pages' },
] as const satisfies readonly {
  key: Exclude<keyof RankedResults, 'required'>;
  heading: (w: ResultWords) => string;
}[];

/** "12 results (Finland)." – what the live region says for filters without words. */
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

  const named = root.querySelector<HTMLElement>('[data-search-named]');
  const emptyMessage = root.querySelector<HTMLElement>('[data-search-empty-message]');
  const defaultEmptyMessage = emptyMessage?.textContent ?? '';
  const lexicon = lexiconClient(LEXICON_ENTRY);
  const groupId = (key: string) => `${input.id}-group-${key}`;

  /** Results are on screen for this query: tests and benches wait for it. */
  const settle = (q: string) => {
    root.dataset['searchSettled'] = q;
  };

  const clear = (message: string) => {
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    if (named) named.hidden = true;
    status.textContent = message;
    settle(state.q);
  };

  /** One group: its heading and its own list, as an item of the results list. */
  const groupElement = (
    key: string,
    heading: string,
    total: number,
    note: string | undefined,
    items: Node[],
  ) => {
    const li = doc.createElement('li');
    li.className = `search-group search-group--${key}`;
    const h = doc.createElement('h2');
    h.className = 'search-group__heading';
    h.id = groupId(key);
    h.textContent = `${heading} (${total})`;
    li.append(h);
    if (note) {
      const p = doc.createElement('p');
      p.className = 'search-group__note';
      p.textContent = note;
      li.append(p);
    }
    const ol = doc.createElement('ol');
    ol.className = 'search-group__list';
    ol.setAttribute('aria-labelledby', h.id);
    ol.append(...items);
    li.append(ol);
    return li;
  };

  const showNamed = (words: ResultWords | undefined) => {
    if (!named) return;
    const links = words?.named ?? [];
    named.hidden = links.length === 0;
    named.replaceChildren(
      ...(links.length === 0 ? [] : [doc.createTextNode('Go to: ')]),
      ...links.flatMap((p, i) => {
        const a = doc.createElement('a');
        a.href = p.href;
        a.textContent = p.name;
        return i === 0 ? [a] : [doc.createTextNode(' · '), a];
      }),
    );
  };

  const render = async (pagefind: PagefindApi, mine: number) => {
    if (!hasCriteria(state)) return clear('');
    const options = toPagefindOptions(state);
    let order: RankedHit[];
    let load: (hit: RankedHit) => Promise<PagefindResultData>;
    let plan: QueryPlan | undefined;
    let ranked: RankedResults | undefined;
    let words: ResultWords | undefined;
    const outcome = state.q ? await runQuery(pagefind, lexicon, state.q, options) : undefined;
    if (mine !== ticket) return;
    if (outcome && outcome.plan.concepts.length > 0) {
      ({ order, load, plan, ranked } = outcome);
      words = describeResults(state.q, outcome.plan, outcome.ranked);
    } else if (hasCriteria({ ...state, q: '' })) {
      // Filters or a sort alone (or with a lone letter): everything they select.
      ({ order, load } = await runFilterOnly(pagefind, options));
    } else if (outcome?.plan.asksOnly) {
      // "when did": wait for what the question is about.
      return clear('Type what you are looking for: a country, a topic, an agreement.');
    } else {
      // One letter alone matches nearly every page: wait for the next one rather than fetch results for it.
      return clear('Type at least two letters to search.');
    }
    // Offline, only what this device kept can be shown and opened (src/client/search/offline-results.ts).
    const offline = win.navigator.onLine === false;
    const loads = order.slice(0, shown).map((hit) => async () => {
      const display = displayHit(hit, await load(hit), plan, HIGHLIGHT_PARAM);
      return { hit, display, url: display.url };
    });
    const { kept, needNetwork } = offline
      ? await offlineResults(loads)
      : { kept: await Promise.all(loads.map((l) => l())), needNetwork: 0 };
    if (mine !== ticket) return;
    const items = new Map(kept.map((k) => [k.hit, hitToElement(k.display, doc)]));
    if (ranked && words && !options.sort) {
      const w = words;
      const r = ranked;
      list.replaceChildren(
        ...GROUPS.flatMap(({ key, heading }) => {
          const inGroup = r[key].filter((h) => items.has(h));
          if (inGroup.length === 0) return [];
          const note =
            key === 'related' || key === 'partial'
              ? 'These do not mention every word searched for.'
              : undefined;
          return [
            groupElement(
              key,
              heading(w),
              r[key].length,
              note,
              inGroup.map((h) => items.get(h)!),
            ),
          ];
        }),
      );
    } else {
      list.replaceChildren(...items.values());
    }
    more.hidden = order.length <= shown;
    const uncovered = words?.uncovered;
    empty.hidden = (order.length > 0 || offline) && !uncovered;
    if (emptyMessage)
      emptyMessage.textContent = uncovered ? 'The atlas covers these countries:' : defaultEmptyMessage;
    showNamed(words);
    status.textContent =
      (words?.status ?? statusText(order.length, state)) +
      (offline ? offlineNote(loads.length, needNetwork) : '');
    if (mode === 'page') updateFilterCounts(state.q ? undefined : await pagefind.search(null, options));
    settle(state.q);
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

  /** The filters' options are in the page (SearchPanel.astro); the address chooses among them. */
  const filterOptionsReady = (async () => {
    for (const [key, select] of filterSelects) {
      if (!select) continue;
      const wanted = state.filters[key];
      if (wanted && !Array.from(select.options).some((o) => o.value === wanted))
        select.append(new Option(wanted, wanted, false, true));
      select.value = wanted ?? '';
    }
  })();

  /** Each option's count of results, for filters alone; a search for words shows plain names. */
  const updateFilterCounts = (
    search: { filters: Record<string, Record<string, number>> } | null | undefined,
  ) => {
    for (const [key, select] of filterSelects) {
      if (!select) continue;
      for (const option of Array.from(select.options)) {
        if (option.value === '') continue;
        const n = search?.filters[key]?.[option.value];
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
