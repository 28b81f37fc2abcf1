/**
 * A built source page → one search record per paragraph. A passage is a
 * result of its own, with its own link (the paragraph's anchor), so every word
 * of a query must occur in one paragraph for it to match: a long document that
 * says "Japan" in one place and "beef" in another is no answer to "Japan beef".
 * The source page itself is indexed for its header only (title, publisher,
 * partners; src/pages/sources/[source].astro). Read from the built HTML, so
 * a passage is exactly what the page shows. Pure.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A Pagefind custom record (its Node API's `addCustomRecord`). */
export interface PassageRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, c: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(c);

function* walk(n: Node): Generator<Element> {
  if (isElement(n)) yield n;
  if ('childNodes' in n) for (const c of n.childNodes) yield* walk(c);
}

function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in n ? n.childNodes.map(text).join('') : '';
}

const find = (root: Node, test: (el: Element) => boolean) => {
  for (const el of walk(root)) if (test(el)) return el;
  return undefined;
};

/**
 * `url` is the page's address ("/sources/<slug>/"). The page must have an
 * `h1`, the byline's type in `.eyebrow` and its paragraphs in `.document__body`
 * as `p[id]`, under `h2[id]` section headings; a page without them is an error
 * naming what is missing, since silently indexing nothing would lose the
 * document from search.
 */
export function passagesOf(url: string, html: string): PassageRecord[] {
  const doc = parse(html);
  const title = find(doc, (el) => el.tagName === 'h1');
  const body = find(doc, (el) => hasClass(el, 'document__body'));
  if (!title || !body)
    throw new Error(
      `${url}: no ${title ? '.document__body' : 'h1'} on the source page, so its passages cannot be indexed for search; src/search/passages.ts reads the markup of src/pages/sources/[source].astro`,
    );
  const kindLabel = find(doc, (el) => hasClass(el, 'eyebrow'));
  const published = find(doc, (el) => attr(el, 'data-pagefind-sort')?.startsWith('date:') ?? false);
  // The header links each partner's page: id → name, as the page shows it.
  const partnerNames = new Map<string, string>();
  for (const el of walk(doc)) {
    const m = /^\/countries\/([^/]+)\/$/.exec(attr(el, 'href') ?? '');
    if (m && attr(el, 'data-pagefind-filter') === 'partner') partnerNames.set(m[1]!, text(el).trim());
  }
  const source = text(title).replace(/\s+/g, ' ').trim();
  const date = attr(published ?? title, 'data-pagefind-sort')?.slice('date:'.length);
  const records: PassageRecord[] = [];
  let section: string | undefined;
  for (const el of walk(body)) {
    const id = attr(el, 'id');
    if (!id) continue;
    const content = text(el).replace(/\s+/g, ' ').trim();
    if (el.tagName === 'h2') {
      section = content;
      continue;
    }
    if (el.tagName !== 'p' || content === '') continue;
    const partners = (attr(el, 'data-partners') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => partnerNames.get(p) ?? p);
    records.push({
      url: `${url}#${id}`,
      content,
      language: 'en',
      meta: {},
      filters: {
        kind: ['passage'],
        source: [source],
        ...(section && section !== source ? { section: [section] } : {}),
        ...(kindLabel ? { document: [text(kindLabel).trim()] } : {}),
        ...(partners.length > 0 ? { partner: partners } : {}),
        ...(date ? { published: [date] } : {}),
      },
      sort: date ? { date } : {},
    });
  }
  return records;
}
