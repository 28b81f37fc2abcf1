/**
 * What a web page states about itself, from its own tags: Highwire `citation_*` (scholarly pages),
 * schema.org JSON-LD (`headline`, `datePublished`, `author`, `publisher`), Open Graph and `article:*`,
 * `<meta name="author">`, `<title>` and the canonical address. JSON-LD is read as data, never run.
 */
import { clean, first, found, httpUrl, isoDate, names, type Found, type FoundMeta } from '../metadata.ts';

type Json = Record<string, unknown>;

const metaContent = (doc: Document, key: string): string[] =>
  Array.from(doc.querySelectorAll(`meta[name="${key}" i], meta[property="${key}" i]`))
    .map((m) => m.getAttribute('content') ?? '')
    .filter((v) => v.trim() !== '');

/** Every object in the page's JSON-LD blocks, `@graph`s flattened; blocks that are not JSON are reported. */
function jsonLd(doc: Document, unread: string[]): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Json);
      if ('@graph' in value) visit((value as Json)['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      unread.push('a JSON-LD block in the page is not valid JSON, so its metadata was not read');
    }
  }
  return out;
}

const types = (o: Json) => [o['@type']].flat().map(String);
/** The object that describes the page's article (or report, or paper), if any. */
const describesArticle = (o: Json) =>
  types(o).some((t) => /Article|Posting|Report|Thesis|Book|Chapter|CreativeWork/.test(t)) || 'headline' in o;

const nameOf = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json)['name'] : value;

export function htmlMetadata(doc: Document, unread: string[]): FoundMeta {
  const ld = jsonLd(doc, unread).filter(describesArticle);
  const fromLd = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined);
  const tag = (key: string) => metaContent(doc, key)[0];
  const meta: FoundMeta = {};

  const title = first(
    found(clean(tag('citation_title')), 'the page’s citation_title'),
    found(clean(tag('og:title')), 'the page’s og:title'),
    found(clean(fromLd('headline')), 'the page’s JSON-LD headline'),
    found(clean(doc.querySelector('title')?.textContent), 'the page’s <title>'),
  );
  if (title) meta.title = title;

  // `article:author` is often the address of an author page, which is not a name.
  const authorTags = metaContent(doc, 'article:author').filter((a) => !/^https?:/.test(a));
  const authors = first<string[]>(
    found(names(metaContent(doc, 'citation_author')), 'the page’s citation_author'),
    found(names([fromLd('author')].flat().map(nameOf)), 'the page’s JSON-LD author'),
    found(names(metaContent(doc, 'author')), 'the page’s author tag'),
    found(names(authorTags), 'the page’s article:author'),
  );
  if (authors) meta.authors = authors;

  const published = first(
    found(
      isoDate(tag('citation_publication_date') ?? tag('citation_date')),
      'the page’s citation_publication_date',
    ),
    found(isoDate(tag('article:published_time')), 'the page’s article:published_time'),
    found(isoDate(fromLd('datePublished')), 'the page’s JSON-LD datePublished'),
  );
  if (published) meta.published = published;

  const publisher: Found<string> | undefined = first(
    found(clean(tag('citation_publisher')), 'the page’s citation_publisher'),
    found(clean(nameOf(fromLd('publisher'))), 'the page’s JSON-LD publisher'),
    found(clean(tag('og:site_name')), 'the page’s og:site_name'),
  );
  if (publisher) meta.publisher = publisher;

  const url = first(
    found(
      httpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
      'the page’s canonical link',
    ),
    found(httpUrl(tag('og:url')), 'the page’s og:url'),
  );
  if (url) meta.url = url;
  return meta;
}
