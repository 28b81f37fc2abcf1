/**
 * The search query table: what readers type and which page must come first.
 * Expectations name data (a partner's name, a source's slug, an agreement by
 * its name or alias in dist/agreements.json), never a literal URL, so they
 * follow the data. A query the engine cannot answer as a reader would wish
 * keeps its row: `limitation` says why, and `first` states what it does today,
 * which is asserted like every other row.
 *
 * Used by tests/browser/search.spec.ts, scripts/bench-search.ts and
 * scripts/tune-search.ts.
 */
import { readFileSync } from 'node:fs';

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
  /** With a limitation: the page the reader means, which ranking tuning aims for (scripts/tune-search.ts). */
  wanted?: Expected;
}

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // Acronyms
  {
    query: 'JAXA',
    kind: 'acronym',
    first: {
      agreement: 'ISRO–JAXA MoU on use and exploration of outer space exclusively for peaceful purposes',
    },
  },
  { query: 'IUSSTF', kind: 'acronym', first: { agreement: 'Indo-US Science and Technology Forum (IUSSTF)' } },
  { query: 'FIN-Q', kind: 'acronym', first: { agreement: 'Finland India Quantum Network (FIN-Q)' } },
  {
    query: 'JSPS',
    kind: 'acronym',
    first: { agreement: 'DST–JSPS Young Researcher Fellowship Programme' },
    limitation:
      'The reader means the DST–JSPS Letter of Intent, the framework the fellowship is made under; it comes second by a hair (score 22.7 against 22.8): the fellowship names JSPS in its title, its parties and its alias “JSPS Young Researcher Fellowship Programme”, the LoI in its title, its parties and (at lower weight) the list of instruments made under it. Weighting that list as high as an alias (8 instead of 4) does not close the gap either (measured with npm run tune:search).',
    wanted: { agreement: 'DST–JSPS Letter of Intent on young researchers' },
  },
  {
    query: 'IGSTC',
    kind: 'acronym',
    first: { agreement: 'Indo-German Science and Technology Centre (IGSTC)' },
  },
  {
    query: 'iCET',
    kind: 'acronym',
    first: { agreement: 'Initiative on Critical and Emerging Technologies (iCET)' },
  },
  {
    query: 'USIAI',
    kind: 'acronym',
    first: { agreement: 'US India Artificial Intelligence Initiative (USIAI)' },
  },
  { query: 'DST-JST', kind: 'acronym', first: { agreement: 'DST–JST MoU' } },
  { query: 'JPCERT', kind: 'acronym', first: { agreement: 'CERT-In–JPCERT/CC MoC on Cyber Security' } },
  // Expansions find the same material as their acronyms
  {
    query: 'Indo-US Science and Technology Forum',
    kind: 'expansion',
    first: { agreement: 'Indo-US Science and Technology Forum (IUSSTF)' },
  },
  {
    query: 'Japan Society for the Promotion of Science',
    kind: 'expansion',
    first: { agreement: 'DST–JSPS Letter of Intent on young researchers' },
  },
  {
    query: 'Indo-German Science and Technology Centre',
    kind: 'expansion',
    first: { agreement: 'Indo-German Science and Technology Centre (IGSTC)' },
  },
  {
    query: 'Initiative on Critical and Emerging Technologies',
    kind: 'expansion',
    first: { agreement: 'Initiative on Critical and Emerging Technologies (iCET)' },
  },
  {
    query: 'Finland India Quantum Network',
    kind: 'expansion',
    first: { agreement: 'Finland India Quantum Network (FIN-Q)' },
  },
  // Topics
  {
    query: 'quantum computing',
    kind: 'topic',
    first: { agreement: 'Finland India Quantum Network (FIN-Q)' },
  },
  {
    query: 'semiconductor supply chain',
    kind: 'topic',
    first: { agreement: 'India–Japan semiconductor supply chain partnership' },
  },
  {
    query: 'tsunami',
    kind: 'topic',
    first: { agreement: 'MoES–JAMSTEC MoC on Marine and Earth Science and Technology' },
  },
  {
    query: 'gas hydrate',
    kind: 'topic',
    first: {
      agreement: 'DGH–JOGMEC MoU on research and development of the technologies pertaining to Gas hydrate',
    },
  },
  {
    query: 'rice crop',
    kind: 'topic',
    first: {
      agreement:
        'ISRO–JAXA Implementing Arrangement on rice crop area and air quality monitoring using satellite data',
    },
  },
  {
    query: 'Venus orbiter',
    kind: 'topic',
    first: {
      agreement:
        "ISRO–JAXA Implementing Arrangement on radio occultation experiment in JAXA's Venus orbiter mission Akatsuki",
    },
  },
  {
    query: 'artificial intelligence',
    kind: 'topic',
    first: { agreement: 'US India Artificial Intelligence Initiative (USIAI)' },
  },
  { query: 'polar research', kind: 'topic', first: { agreement: 'NCPOR–NIPR MoC' } },
  // Countries: the country page before the many agreements whose names carry the country's name
  { query: 'Japan', kind: 'name', first: { country: 'Japan' } },
  { query: 'Singapore', kind: 'name', first: { country: 'Singapore' } },
  { query: 'Finland', kind: 'name', first: { country: 'Finland' } },
  // Names and places
  { query: 'Tsukuba', kind: 'name', first: { agreement: 'Indian Beam Line at KEK, Tsukuba' } },
  {
    query: 'Osaka University',
    kind: 'name',
    first: { agreement: 'AIIMS–Osaka University MoU on Research and Academic Cooperation' },
  },
  { query: 'Jitendra Singh', kind: 'name', first: { source: 'mint-india-uk-critical-technologies' } },
  {
    query: 'Akatsuki',
    kind: 'name',
    first: {
      agreement:
        "ISRO–JAXA Implementing Arrangement on radio occultation experiment in JAXA's Venus orbiter mission Akatsuki",
    },
  },
  // Lowercase
  {
    query: 'jaxa',
    kind: 'lowercase',
    first: {
      agreement: 'ISRO–JAXA MoU on use and exploration of outer space exclusively for peaceful purposes',
    },
  },
  { query: 'fin-q', kind: 'lowercase', first: { agreement: 'Finland India Quantum Network (FIN-Q)' } },
  {
    query: 'iusstf',
    kind: 'lowercase',
    first: { agreement: 'Indo-US Science and Technology Forum (IUSSTF)' },
  },
  {
    query: 'jsps',
    kind: 'lowercase',
    first: { agreement: 'DST–JSPS Young Researcher Fellowship Programme' },
    limitation: 'As for “JSPS”.',
    wanted: { agreement: 'DST–JSPS Letter of Intent on young researchers' },
  },
  {
    query: 'japan society for the promotion of science',
    kind: 'lowercase',
    first: { agreement: 'DST–JSPS Letter of Intent on young researchers' },
  },
  {
    query: 'indo-us science and technology forum',
    kind: 'lowercase',
    first: { agreement: 'Indo-US Science and Technology Forum (IUSSTF)' },
  },
  {
    query: 'igstc',
    kind: 'lowercase',
    first: { agreement: 'Indo-German Science and Technology Centre (IGSTC)' },
  },
  // Partial words: every term is matched as a prefix
  { query: 'quant', kind: 'partial', first: { agreement: 'Finland India Quantum Network (FIN-Q)' } },
  {
    query: 'semicond',
    kind: 'partial',
    first: { agreement: 'India–Japan semiconductor supply chain partnership' },
  },
  {
    query: 'hydrat',
    kind: 'partial',
    first: {
      agreement: 'DGH–JOGMEC MoU on research and development of the technologies pertaining to Gas hydrate',
    },
  },
  { query: 'tsuku', kind: 'partial', first: { agreement: 'Indian Beam Line at KEK, Tsukuba' } },
  // Queries that must find nothing
  { query: 'xylophone', kind: 'nothing', first: { nothing: true } },
  { query: 'zebra crossing', kind: 'nothing', first: { nothing: true } },
  {
    query: 'quantom',
    kind: 'nothing',
    first: { nothing: true },
    limitation:
      'A misspelling of “quantum”: Pagefind matches words and their prefixes, with no fuzzy matching, so a typo finds nothing; the reader gets the no-results help instead.',
  },
];

/** The data the site is built from, which expectations are resolved against. */
interface SiteData {
  partners: { id: string; name: string }[];
  agreements: { id: string; name: string; aliases: string[] }[];
}

function loadSiteData(): SiteData {
  const json = (path: string) =>
    JSON.parse(readFileSync(new URL(`../../content/generated/${path}`, import.meta.url), 'utf8'));
  return { partners: json('partners.json'), agreements: json('agreements.json') };
}

let siteData: SiteData | undefined;

/** The path of the page an expectation names; an expectation that names nothing in the data is an error saying so. */
export function expectedPath(e: Exclude<Expected, { nothing: true }>): string {
  siteData ??= loadSiteData();
  if ('country' in e) {
    const p = siteData.partners.find((x) => x.name === e.country);
    if (!p)
      throw new Error(
        `no partner named ${e.country} in content/generated/partners.json: update src/harness/search-queries.ts`,
      );
    return `/countries/${p.id}/`;
  }
  if ('agreement' in e) {
    const a =
      siteData.agreements.find((x) => x.name === e.agreement) ??
      siteData.agreements.find((x) => x.aliases.includes(e.agreement));
    if (!a)
      throw new Error(
        `no agreement named ${e.agreement} in content/generated/agreements.json: update src/harness/search-queries.ts`,
      );
    return `/agreements/${a.id}/`;
  }
  return `/sources/${e.source}/`;
}
