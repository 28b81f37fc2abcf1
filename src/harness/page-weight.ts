/**
 * What one built page weighs for a reader: HTML, CSS and JS (gzip), and how
 * much of it is the document's own text rather than markup and design.
 * Pure functions over HTML text; scripts/bench-pages.ts reads the files.
 */
import { gzipSync } from 'node:zlib';

/**
 * The page budget: HTML + CSS per content page beyond its own text, gzip. 20 KB keeps a page's design
 * cheaper than a small photo on a slow phone connection; the text itself is what the reader came for.
 */
export const BUDGET_BYTES = 20 * 1024;
/** The world map's SVG, gzip: a budget of its own, on top of the page's (home and /countries/). */
export const MAP_BUDGET_BYTES = 40 * 1024;

export interface PageWeight {
  /** The whole page, map included. */
  html: number;
  css: number;
  js: number;
  text: number;
  /** The world map's SVG (`data-weight="map"`), 0 on a page without it. */
  map: number;
  /** HTML + CSS beyond the document's own text, the map apart: what the design costs. */
  beyondText: number;
}

/** The world map's SVG, which carries `data-weight="map"` so it is weighed against its own budget. */
const MAP_SVG = /<svg\b[^>]*\sdata-weight="map"[^>]*>[\s\S]*?<\/svg>/;

export const gzipSize = (data: string | Buffer): number => gzipSync(data).length;

/** Same-site stylesheets and scripts a page links to, as paths. */
export function linkedAssets(html: string): { styles: string[]; scripts: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const styles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /\srel="stylesheet"/.test(t))
    .flatMap((t) => attr(t, 'href') ?? []);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].flatMap((m) => attr(m[0], 'src') ?? []);
  const local = (p: string) => p.startsWith('/') && !p.startsWith('//');
  return { styles: styles.filter(local), scripts: scripts.filter(local) };
}

/** The readable text of <main>: what the page is for, as opposed to its markup and design. */
export function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39|nbsp);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function pageWeight(html: string, readAsset: (path: string) => Buffer): PageWeight {
  const { styles, scripts } = linkedAssets(html);
  const sum = (paths: string[]) => paths.reduce((n, p) => n + gzipSize(readAsset(p)), 0);
  const map = MAP_SVG.exec(html)?.[0];
  const weight = {
    html: gzipSize(html),
    css: sum(styles),
    js: sum(scripts),
    text: gzipSize(mainText(html)),
    map: map ? gzipSize(map) : 0,
  };
  const withoutMap = map ? gzipSize(html.replace(map, '')) : weight.html;
  return { ...weight, beyondText: withoutMap + weight.css - weight.text };
}
