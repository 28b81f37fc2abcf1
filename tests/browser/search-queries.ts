/**
 * The search query table: what readers type and which page must come first.
 * Expectations name data (a partner's name, a source's slug, an agreement by
 * its name or alias in dist/agreements.json), never a literal URL, so they
 * follow the data. A query the engine cannot answer as a reader would wish
 * keeps its row: `limitation` says why, and `first` states what it does today,
 * which is asserted like every other row.
 *
 * Used by tests/browser/search.spec.ts and scripts/bench-search.ts.
 */
export type Expected =
  /** The partner's country page, by the partner's name in content/partners.yml. */
  | { country: string }
  /** The source page, by the source's slug (content/sources/<slug>.txt). */
  | { source: string }
  /** No result at all: the no-results message and the country list. */
  | { nothing: true };

export interface SearchQuery {
  query: string;
  kind: 'acronym' | 'expansion' | 'topic' | 'name' | 'lowercase' | 'partial' | 'nothing';
  first: Expected;
  /** Why the first result is not the page a reader means, when it is not. */
  limitation?: string;
}

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // Acronyms
  { query: 'JAXA', kind: 'acronym', first: { source: 'india-japan-st-cooperation' } },
  { query: 'IUSSTF', kind: 'acronym', first: { source: 'ijcci-bridging-innovation' } },
  { query: 'FIN-Q', kind: 'acronym', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  { query: 'JSPS', kind: 'acronym', first: { source: 'india-japan-st-cooperation' } },
  { query: 'IGSTC', kind: 'acronym', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  { query: 'iCET', kind: 'acronym', first: { source: 'mint-india-uk-critical-technologies' } },
  { query: 'USIAI', kind: 'acronym', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  { query: 'JPCERT', kind: 'acronym', first: { source: 'india-japan-st-cooperation' } },
  // Expansions find the same material as their acronyms
  { query: 'Indo-US Science and Technology Forum', kind: 'expansion', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  { query: 'Japan Society for the Promotion of Science', kind: 'expansion', first: { source: 'india-japan-st-cooperation' } },
  { query: 'Indo-German Science and Technology Centre', kind: 'expansion', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  // Topics
  { query: 'quantum computing', kind: 'topic', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  { query: 'semiconductor supply chain', kind: 'topic', first: { source: 'ijcci-bridging-innovation' } },
  { query: 'tsunami', kind: 'topic', first: { source: 'india-japan-st-cooperation' } },
  { query: 'gas hydrate', kind: 'topic', first: { source: 'india-japan-st-cooperation' } },
  { query: 'rice crop', kind: 'topic', first: { source: 'india-japan-st-cooperation' } },
  { query: 'Venus orbiter', kind: 'topic', first: { source: 'india-japan-st-cooperation' } },
  { query: 'artificial intelligence', kind: 'topic', first: { source: 'csep-indo-japanese-ai-collaboration' } },
  // Names and places
  { query: 'Tsukuba', kind: 'name', first: { source: 'india-japan-st-cooperation' } },
  { query: 'Osaka University', kind: 'name', first: { source: 'india-japan-st-cooperation' } },
  { query: 'Jitendra Singh', kind: 'name', first: { source: 'mint-india-uk-critical-technologies' } },
  { query: 'Akatsuki', kind: 'name', first: { source: 'india-japan-st-cooperation' } },
  // Lowercase
  { query: 'jaxa', kind: 'lowercase', first: { source: 'india-japan-st-cooperation' } },
  { query: 'fin-q', kind: 'lowercase', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  { query: 'igstc', kind: 'lowercase', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  // Partial words: every term is matched as a prefix
  { query: 'quant', kind: 'partial', first: { source: 'aim-india-bilateral-tech-collaborations' } },
  { query: 'semicond', kind: 'partial', first: { country: 'United States' } },
  { query: 'tsuku', kind: 'partial', first: { source: 'india-japan-st-cooperation' } },
  // Queries that must find nothing
  { query: 'xylophone', kind: 'nothing', first: { nothing: true } },
  { query: 'zebra crossing', kind: 'nothing', first: { nothing: true } },
  {
    query: 'quantom',
    kind: 'nothing',
    first: { nothing: true },
    limitation: 'A misspelling of “quantum”: Pagefind matches words and their prefixes, with no fuzzy matching, so a typo finds nothing; the reader gets the no-results help instead.',
  },
];
