/**
 * The /search/ page on Pagefind's JS API: reads ?q=, searches, renders
 * results as text nodes (excerpts keep only Pagefind's <mark> highlights).
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 20;

async function loadPagefind(): Promise<Pagefind | undefined> {
  try {
    const url = '/pagefind/pagefind.js';
    return (await import(/* @vite-ignore */ url)) as Pagefind;
  } catch {
    return undefined;
  }
}

/** Pagefind excerpts are HTML with <mark>; keep the marks, escape everything else. */
export function excerptToNodes(excerpt: string, doc: Document): Node[] {
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return parts.map((p) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(p);
    if (!m) return doc.createTextNode(decode(p));
    const mark = doc.createElement('mark');
    mark.textContent = decode(m[1] ?? '');
    return mark;
  });
}

export function startSearchPage(doc: Document): void {
  const input = doc.querySelector<HTMLInputElement>('#search-page-input');
  const status = doc.querySelector<HTMLElement>('#search-status');
  const list = doc.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  const pagefindReady = loadPagefind();
  let latest = 0;

  const run = async (term: string) => {
    const ticket = ++latest;
    const pagefind = await pagefindReady;
    if (!pagefind) {
      status.textContent =
        'Search is available on the built site (npm start); the development server has no index.';
      return;
    }
    if (term.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const { results } = await pagefind.search(term);
    const data = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((d) => {
        const li = doc.createElement('li');
        li.className = 'search-result';
        const a = doc.createElement('a');
        a.href = d.url;
        a.textContent = d.meta['title'] ?? d.url;
        const h = doc.createElement('h2');
        h.append(a);
        const meta = doc.createElement('p');
        meta.className = 'search-result__meta';
        meta.textContent = [d.meta['partner'], d.meta['kind']].filter(Boolean).join(' · ');
        const p = doc.createElement('p');
        p.append(...excerptToNodes(d.excerpt, doc));
        li.append(h, meta, p);
        return li;
      }),
    );
    status.textContent =
      results.length === 0
        ? `No results for “${term}”. Try another word, or browse the countries.`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${term}”.`;
  };

  const params = new URLSearchParams(doc.location.search);
  input.value = params.get('q') ?? '';
  void run(input.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(doc.location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void run(input.value);
    }, 150);
  });
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
}
