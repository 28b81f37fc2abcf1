/**
 * The only search code a content page loads, kept tiny on purpose: it turns
 * the header's /search/ link into a dialog opener, listens for `/` and
 * Ctrl/⌘-K, and fetches the real search code (and Pagefind) only when the
 * reader reaches for search. It also marks the searched words on a page
 * opened from a result, and only when the address asks for it.
 */
const HIGHLIGHT_PARAM = 'highlight';

const loadDialog = () => import('./search/dialog.ts');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Keeps what the reader types while the dialog loads (a fast "/quantum"), so
 * no keystroke is lost; returns a function that stops listening and hands it over.
 */
function bufferTyping(doc: Document): () => string {
  let typed = '';
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    event.preventDefault();
  };
  doc.addEventListener('keydown', onKey, { capture: true });
  return () => {
    doc.removeEventListener('keydown', onKey, { capture: true });
    return typed;
  };
}

/** On /search/ itself the page's own box is the search; elsewhere, the dialog. */
async function openSearch(doc: Document, returnTo: HTMLElement | null): Promise<boolean> {
  const pageInput = doc.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageInput) {
    pageInput.focus();
    return true;
  }
  const typed = bufferTyping(doc);
  try {
    const { openSearchDialog } = await loadDialog();
    return await openSearchDialog(doc, returnTo, typed);
  } finally {
    typed();
  }
}

export function enhanceSearchTrigger(doc: Document): void {
  const trigger = doc.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (trigger) {
    trigger.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      // If the dialog cannot be built, the link still goes to /search/.
      void openSearch(doc, trigger).then((ok) => ok || doc.defaultView?.location.assign(trigger.href));
    });
    // Warm up on intent, so the dialog opens without a wait.
    const warm = () => void loadDialog();
    trigger.addEventListener('focus', warm, { once: true });
    trigger.addEventListener('pointerenter', warm, { once: true });
  }
  doc.addEventListener('keydown', (event) => {
    const slash =
      event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !modK) return;
    event.preventDefault();
    const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    void openSearch(doc, active);
  });
  // A signal for scripts and tests that the shortcuts are live (module scripts run after parsing, later on a slow phone).
  doc.documentElement.dataset['searchShortcuts'] = 'ready';
}

/** Marks the words a reader searched for, when they arrive from a search result. */
export async function highlightSearchedWords(doc: Document): Promise<void> {
  const params = new URLSearchParams(doc.location.search);
  if (!params.get(HIGHLIGHT_PARAM)) return;
  const url = '/pagefind/pagefind-highlight.js';
  try {
    const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
      default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
    };
    // Styles come from the site's stylesheet (mark.pagefind-highlight): no injected <style> for the CSP to refuse.
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  } catch {
    // No index (dev server): the page reads fine without marks.
  }
}
