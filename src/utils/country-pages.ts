/**
 * The pages that make up one partner country on the site: its own pages (25
 * sources to a page), its agreements and the source documents quoted there.
 * What "Save this country for offline reading" saves (src/pages/countries/[partner]/offline.json.ts).
 */
import { agreementPath } from './agreements.ts';

/**
 * Sources per country page: /countries/japan/, then /countries/japan/2/… One page holding every
 * passage grew with the whole collection (5,000 sources on one page at 10,000 documents).
 */
export const SOURCES_PER_PAGE = 25;

/** `/countries/japan/`, `/countries/japan/2/`, … for a partner with `sources` documents (one page at least). */
export function countryPagePaths(partner: string, sources: number): string[] {
  const pages = Math.max(1, Math.ceil(sources / SOURCES_PER_PAGE));
  return Array.from({ length: pages }, (_, i) => `/countries/${partner}/${i === 0 ? '' : `${i + 1}/`}`);
}

/** Every page a reader needs to read a partner offline, each once, in a stable order. */
export function countryOfflinePaths(
  partner: string,
  sources: readonly string[],
  agreements: readonly { id: string; sources: readonly { source: string }[] }[],
): string[] {
  const quoted = new Set([...sources, ...agreements.flatMap((a) => a.sources.map((s) => s.source))]);
  return [
    ...countryPagePaths(partner, new Set(sources).size),
    ...agreements.map((a) => agreementPath(a.id)).sort(),
    ...[...quoted].sort().map((s) => `/sources/${s}/`),
  ];
}
