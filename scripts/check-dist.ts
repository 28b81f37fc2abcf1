/**
 * Post-build checks over the built site (`npm run check:dist`, part of `npm test`):
 * 1. every internal link, asset, link-preview image and #anchor resolves to a file and an id in dist/;
 * 2. html-validate reports no error on any page;
 * 3. no Pagefind index chunk is larger than MAX_INDEX_CHUNK_BYTES (a first search downloads
 *    one chunk per word; the chunk size is set in astro.config.mjs, see docs/search.md).
 * Run after `npm run build`; pass another folder as the first argument (e.g. .fixture/dist).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { HtmlValidate, formatterFactory, type ConfigData } from 'html-validate';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The site's own address (astro.config.mjs): absolute links to it are internal links. */
const SITE = process.env['SITE_URL'] ?? 'https://partnerships-atlas.example.org';
const LINK_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  form: 'action',
  source: 'src',
};

export interface Page {
  /** URL path, e.g. `/countries/japan/`. */
  path: string;
  file: string;
  ids: Set<string>;
  links: { tag: string; url: string }[];
}

function elements(node: Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = 'content' in node && node.content ? [node.content] : [];
  return [...own, ...[...children, ...content].flatMap(elements)];
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** An HTML file to its ids and the addresses it points at. */
export function readPage(path: string, html: string, file: string): Page {
  const els = elements(parse(html));
  const ids = new Set(
    els.flatMap((el) =>
      [attr(el, 'id'), el.tagName === 'a' ? attr(el, 'name') : undefined].filter(
        (x): x is string => x !== undefined,
      ),
    ),
  );
  const links = els.flatMap((el) => {
    const name = LINK_ATTRIBUTES[el.tagName];
    const url = name === undefined ? undefined : attr(el, name);
    return url === undefined ? [] : [{ tag: el.tagName, url }];
  });
  // Canonical and social addresses name the page itself, and its link-preview image, on the public site...
  for (const el of els)
    if (el.tagName === 'meta' && ['og:url', 'og:image'].includes(attr(el, 'property') ?? ''))
      links.push({ tag: 'meta', url: attr(el, 'content') ?? '' });
  // ...except on a page kept out of search engines (the 404, served at any address): its canonical names no file.
  const noindex = els.some(
    (el) =>
      el.tagName === 'meta' && attr(el, 'name') === 'robots' && /noindex/.test(attr(el, 'content') ?? ''),
  );
  const checked = noindex
    ? links.filter(
        (l) =>
          !(
            l.tag === 'meta' ||
            (l.tag === 'link' &&
              els.some(
                (el) =>
                  el.tagName === 'link' && attr(el, 'rel') === 'canonical' && attr(el, 'href') === l.url,
              ))
          ),
      )
    : links;
  return { path, file, ids, links: checked };
}

/** dist-relative file a URL path is served from, or undefined if none is. */
function fileFor(dist: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(dist, decoded, 'index.html')]
    : [join(dist, decoded), join(dist, decoded, 'index.html')];
  return candidates.find((f) => f.startsWith(dist) && existsSync(f) && !f.endsWith(sep));
}

/** Broken internal links and anchors, as "page: what is wrong" lines. */
export function brokenLinks(dist: string, pages: readonly Page[]): string[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const { tag, url } of page.links) {
      if (/^(mailto|tel):/i.test(url)) continue;
      const target = new URL(url, new URL(page.path, SITE));
      if (target.origin !== new URL(SITE).origin) continue;
      const file = fileFor(dist, target.pathname);
      if (!file) {
        problems.push(`${page.path}: <${tag}> points at ${url}, which is not in the build`);
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id === '' || !file.endsWith('.html')) continue;
      const targetPage = byFile.get(file);
      if (targetPage && !targetPage.ids.has(id))
        problems.push(`${page.path}: <${tag}> points at ${url}, but ${target.pathname} has no id "${id}"`);
    }
  }
  return problems;
}

export function htmlPages(dist: string): Page[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dist, f))
    .filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith(`pagefind${sep}`))
    .sort();
  return files.map((file) => {
    const rel = relative(dist, file).split(sep).join('/');
    const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    return readPage(path, readFileSync(file, 'utf8'), file);
  });
}

/** html-validate's recommended rules, minus those that judge style rather than correctness. */
export const validatorConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean attributes and void elements its own way; both are valid HTML.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // A source page's <title> is the document's own title, which we quote, never shorten.
    'long-title': 'off',
    // A list or region may be named (ARIA 1.2 "author" naming); the rule's default only allows landmarks.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // The header's search form submits on Enter and opens results as the reader types; WCAG's H32
    // (a submit button) is one sufficient technique for 3.2.2, not a requirement.
    'wcag/h32': 'off',
  },
};

export async function validateHtml(pages: readonly Page[]): Promise<{ errors: number; report: string }> {
  const validator = new HtmlValidate(validatorConfig);
  const reports = await Promise.all(pages.map((p) => validator.validateFile(p.file)));
  const merged = reports.flatMap((r) => r.results);
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  return { errors, report: merged.length > 0 ? formatterFactory('text')(merged) : '' };
}

/**
 * Largest index chunk allowed, gzip as served. The build asks Pagefind for
 * chunks of ~4 KB (its default made three chunks of ~25 KB); a Pagefind that
 * ignores the request would put first searches over their 150 KB budget.
 */
export const MAX_INDEX_CHUNK_BYTES = 8 * 1024;

/** Pagefind index chunks in `dist` over `maxBytes`, as messages naming the file, its size and the fix. */
export function oversizedIndexChunks(dist: string, maxBytes = MAX_INDEX_CHUNK_BYTES): string[] {
  const dir = join(dist, 'pagefind', 'index');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }))
    .filter((c) => c.bytes > maxBytes)
    .map(
      (c) =>
        `pagefind/index/${c.name} is ${c.bytes} bytes, over ${maxBytes}: check indexChunkSize in astro.config.mjs and that Pagefind still reads PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (src/integrations/pagefind.ts)`,
    );
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const pages = htmlPages(dist);
  const broken = brokenLinks(dist, pages);
  const checked = pages.reduce((n, p) => n + p.links.length, 0);
  console.log(
    `check-dist: ${pages.length} pages, ${checked} links and anchors checked, ${broken.length} broken`,
  );
  for (const b of broken) console.error(`  broken: ${b}`);
  const { errors, report } = await validateHtml(pages);
  console.log(`check-dist: html-validate: ${errors} error(s) in ${pages.length} pages`);
  if (report) console.error(report);
  const oversized = oversizedIndexChunks(dist);
  console.log(`check-dist: ${oversized.length} search index chunk(s) over ${MAX_INDEX_CHUNK_BYTES} bytes`);
  for (const o of oversized) console.error(`  ${o}`);
  if (broken.length > 0 || errors > 0 || oversized.length > 0) process.exit(1);
}
