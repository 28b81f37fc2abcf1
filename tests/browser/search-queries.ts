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
  /** An agreement's page, by its name in content/generated/agreements.json. */
  | { agreement: string }
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
  { query: 'JAXA', kind: 'acronym', first: { agreement: 'ISRO–JAXA Implementing Arrangement on radio occultation (Akatsuki Venus mission)' }, limitation: 'JAXA is named by every ISRO–JAXA record; the implementing arrangement that names “JAXA\'s” mission twice ranks above the 2016 framework MoU a reader may mean. For the search tuning to weigh.' },
  { query: 'IUSSTF', kind: 'acronym', first: { agreement: 'Indo-US Science and Technology Forum (IUSSTF)' } },
  { query: 'FIN-Q', kind: 'acronym', first: { agreement: 'Finland India Quantum Network (FIN-Q)' } },
  { query: 'JSPS', kind: 'acronym', first: { agreement: 'DST–JSPS Young Researcher Fellowship Programme' }, limitation: 'JSPS is party to several records; the fellowship ranks above the India-Japan Science Council, JSPS\'s main instrument. For the search tuning to weigh.' },
  { query: 'IGSTC', kind: 'acronym', first: { agreement: 'Indo-German Science and Technology Centre (IGSTC)' } },
  { query: 'iCET', kind: 'acronym', first: { agreement: 'Initiative on Critical and Emerging Technologies (iCET)' } },
  { query: 'USIAI', kind: 'acronym', first: { agreement: 'US India Artificial Intelligence Initiative (USIAI)' } },
  { query: 'JPCERT', kind: 'acronym', first: { agreement: 'CERT-In–JPCERT/CC MoC on Cyber Security' } },
  // Expansions find the same material as their acronyms
  { query: 'Indo-US Science and Technology Forum', kind: 'expansion', first: { agreement: 'Indo-US Science and Technology Forum (IUSSTF)' } },
  { query: 'Japan Society for the Promotion of Science', kind: 'expansion', first: { agreement: 'India-Japan Nobel Laureate S&T Seminar Series' }, limitation: 'The reader means the DST–JSPS Letter of Intent. Since search (stopword stripping, country boost) and agreements were merged, the 2021 Nobel Laureate seminar, whose parties spell out the full JSPS name, ranks first. For the search tuning to weigh.' },
  { query: 'Indo-German Science and Technology Centre', kind: 'expansion', first: { agreement: 'Indo-German Science and Technology Centre (IGSTC)' } },
  // Topics
  { query: 'quantum computing', kind: 'topic', first: { agreement: 'Finland India Quantum Network (FIN-Q)' } },
  { query: 'semiconductor supply chain', kind: 'topic', first: { agreement: 'India–Japan semiconductor supply chain partnership' } },
  { query: 'tsunami', kind: 'topic', first: { agreement: 'MoES–JAMSTEC MoC on Marine and Earth Science and Technology' } },
  { query: 'gas hydrate', kind: 'topic', first: { agreement: 'DGH–JOGMEC MoU on gas hydrate research and development' } },
  { query: 'rice crop', kind: 'topic', first: { agreement: 'ISRO–JAXA Implementing Arrangement on rice crop area and air quality monitoring' } },
  { query: 'Venus orbiter', kind: 'topic', first: { agreement: 'ISRO–JAXA Implementing Arrangement on radio occultation (Akatsuki Venus mission)' } },
  { query: 'artificial intelligence', kind: 'topic', first: { agreement: 'US India Artificial Intelligence Initiative (USIAI)' } },
  // Names and places
  { query: 'Tsukuba', kind: 'name', first: { agreement: 'Indian Beam Line at the Photon Factory, KEK' } },
  { query: 'Osaka University', kind: 'name', first: { agreement: 'AIIMS–Osaka University MoU on Research and Academic Cooperation' } },
  { query: 'Jitendra Singh', kind: 'name', first: { source: 'mint-india-uk-critical-technologies' } },
  { query: 'Akatsuki', kind: 'name', first: { agreement: 'ISRO–JAXA Implementing Arrangement on radio occultation (Akatsuki Venus mission)' } },
  // Lowercase
  { query: 'jaxa', kind: 'lowercase', first: { agreement: 'ISRO–JAXA Implementing Arrangement on radio occultation (Akatsuki Venus mission)' }, limitation: 'As for “JAXA”.' },
  { query: 'fin-q', kind: 'lowercase', first: { agreement: 'Finland India Quantum Network (FIN-Q)' } },
  { query: 'igstc', kind: 'lowercase', first: { agreement: 'Indo-German Science and Technology Centre (IGSTC)' } },
  // Partial words: every term is matched as a prefix
  { query: 'quant', kind: 'partial', first: { agreement: 'Finland India Quantum Network (FIN-Q)' } },
  { query: 'semicond', kind: 'partial', first: { agreement: 'India–Japan semiconductor supply chain partnership' } },
  { query: 'tsuku', kind: 'partial', first: { agreement: 'Indian Beam Line at the Photon Factory, KEK' } },
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
