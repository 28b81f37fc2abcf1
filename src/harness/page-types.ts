/**
 * What the build made, grouped by page type, so the browser tests and the page
 * benchmark (bench-pages.ts) cover every page type there is without a hand-kept
 * list: a page type is a route file in src/pages (`countries/[partner].astro` → "countries/[partner]"), and its
 * pages are the dist/ pages that route built.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_EXTENSIONS = /\.(astro|md|mdx)$/;

export interface PageType {
  /** The route file under src/pages, without extension: "index", "sources/[source]", "404". */
  route: string;
  /** Built pages of this type, as URL paths ("/sources/x/"); the 404 page as a missing address. */
  paths: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A route file's name to the pattern of the paths it builds (`[x]` one segment, `[...x]` any). */
export function routeToPattern(route: string): RegExp {
  const segments = route.split('/').filter((s) => s !== 'index');
  const body = segments
    .map((s) =>
      /^\[\.\.\..+\]$/.test(s) ? '(?:[^/]+/)*' : /^\[.+\]$/.test(s) ? '[^/]+/' : `${escapeStringRegexp(s)}/`,
    )
    .join('');
  return new RegExp(`^/${body}$`);
}

/** The HTML pages in dist/ as URL paths, 404 apart. */
export function builtPaths(dist = join(root, 'dist')): string[] {
  return filesUnder(dist)
    .map((f) => relative(dist, f).split(sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/') && !f.startsWith('_astro/'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
}

/** Every page type with its built pages; a route that built nothing has an empty list. */
export function pageTypes(): PageType[] {
  const pagesDir = join(root, 'src/pages');
  const routes = filesUnder(pagesDir)
    .map((f) => relative(pagesDir, f).split(sep).join('/'))
    .filter((f) => PAGE_EXTENSIONS.test(f))
    .map((f) => f.replace(PAGE_EXTENSIONS, ''))
    // Static routes before dynamic ones, so /countries/ is "countries/index", not "[...slug]".
    .sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0) || a.localeCompare(b));
  const paths = builtPaths();
  const claimed = new Set<string>();
  return routes.map((route) => {
    if (route === '404') return { route, paths: ['/no-such-page-for-tests/'] };
    const pattern = routeToPattern(route);
    const mine = paths.filter((p) => !claimed.has(p) && pattern.test(p));
    for (const p of mine) claimed.add(p);
    return { route, paths: mine };
  });
}

/** The page of a type most likely to find a problem: its largest document. */
export function largestPath(type: PageType): string | undefined {
  const size = (p: string) => {
    try {
      return statSync(join(root, 'dist', p, 'index.html')).size;
    } catch {
      return 0;
    }
  };
  return [...type.paths].sort((a, b) => size(b) - size(a))[0];
}
