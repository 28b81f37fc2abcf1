/**
 * Runs a query against Pagefind the way src/search/plan-query.ts reads it:
 * one Pagefind search per way of writing each concept, the agreements of the
 * sectors it names, and the kind of every page; then ranks and groups them
 * (src/search/rank-results.ts). Results load their data only when shown.
 */
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-client.ts';
import type { PagefindSearchOptions } from './search-state.ts';
import type { LexiconClient } from './lexicon-client.ts';
import { chunksNeeded, planQuery, type QueryConcept, type QueryPlan } from '../../search/plan-query.ts';
import {
  PAGE_KINDS,
  inReadingOrder,
  matchTier,
  optionalConcepts,
  rankResults,
  type Match,
  type PageKind,
  type RankedHit,
  type RankedResults,
} from '../../search/rank-results.ts';

export interface QueryOutcome {
  plan: QueryPlan;
  ranked: RankedResults;
  /** Every hit, in the order the reader sees them: by group, or by date when sorted. */
  order: RankedHit[];
  /** Loads a hit's page data (its fragment). */
  load(hit: RankedHit): Promise<PagefindResultData>;
}

/** Page id → kind, from one filter-only search per kind; fetched once per page load. */
let kinds: Promise<Map<string, PageKind>> | undefined;
function kindMap(pagefind: PagefindApi): Promise<Map<string, PageKind>> {
  kinds ??= (async () => {
    const map = new Map<string, PageKind>();
    for (const kind of PAGE_KINDS) {
      const s = await pagefind.search(null, { filters: { kind } });
      for (const r of s?.results ?? []) map.set(r.id, kind);
    }
    return map;
  })();
  return kinds;
}

type Found = Match & { result: PagefindResult };

/** Pagefind's result, with the metadata fields it matched (present when any did). */
type Result = PagefindResult & { matchedMetaFields?: string[] };

/**
 * One concept's matches: for each page, the best tier and score among the
 * concept's searches and every word they matched. An exact search decides
 * which pages match; the same words searched loosely give them Pagefind's
 * full score and matched fields (an exact search scores every page alike).
 * A form of several words matches wherever its words are (a party's name may
 * be written with "&" for "and"), but ranks low where they are not together
 * as the phrase: "Department of Science and Technology" is not the Canadian
 * "Department of Innovation, Science and Economic Development".
 */
async function conceptMatches(
  pagefind: PagefindApi,
  concept: QueryConcept,
  options: PagefindSearchOptions,
  sectorPages: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, Found>> {
  const inNamedSector = (id: string) => concept.sectors.some((s) => sectorPages.get(s.name)?.has(id));
  const out = new Map<string, Found>();
  /**
   * An exact search reports only a word's first place on the page; the loose search reports every place,
   * and also the longer words it starts ("aid" for "ai"), so its places are used for words of four
   * letters or more, where those are the word's own forms.
   */
  const add = (r: Result, scored: Result | undefined, term: string, scattered = false) => {
    const fields = [...(r.matchedMetaFields ?? []), ...(scored?.matchedMetaFields ?? [])];
    // The page belongs to what the concept names: its sector, its partner, or, for a year, its date.
    const named =
      inNamedSector(r.id) ||
      (concept.partner !== undefined && fields.includes('partner')) ||
      (concept.year !== undefined && fields.includes('date'));
    const words = scored && term.length >= 4 ? [...new Set([...r.words, ...scored.words])] : r.words;
    const found: Found = {
      tier: matchTier({ fields, inText: words.length > 0, named, scattered }),
      score: (scored ?? r).score,
      words,
      result: r,
    };
    const had = out.get(r.id);
    if (!had) out.set(r.id, found);
    else
      out.set(r.id, {
        tier: Math.max(had.tier, found.tier),
        score: Math.max(had.score, found.score),
        words: [...new Set([...had.words, ...found.words])],
        result: had.result,
      });
  };
  await Promise.all(
    concept.searches.map(async ({ term, exact }) => {
      const phrase = !exact && /\s/.test(term);
      const [strict, loose] = await Promise.all([
        exact || phrase ? pagefind.search(`"${term}"`, options) : Promise.resolve(null),
        pagefind.search(term, options),
      ]);
      const looseById = new Map((loose?.results ?? []).map((r) => [r.id, r as Result]));
      if (exact) for (const r of strict?.results ?? []) add(r as Result, looseById.get(r.id), term);
      else if (phrase) {
        const together = new Set((strict?.results ?? []).map((r) => r.id));
        for (const r of looseById.values()) add(r, undefined, term, !together.has(r.id));
      } else for (const r of looseById.values()) add(r, undefined, term);
    }),
  );
  return out;
}

export async function runQuery(
  pagefind: PagefindApi,
  lexicon: LexiconClient,
  query: string,
  options: PagefindSearchOptions,
): Promise<QueryOutcome> {
  await lexicon.load(chunksNeeded(query));
  const plan = planQuery(query, lexicon.lookup);
  const results = new Map<string, PagefindResult>();
  const remember = (r: PagefindResult) => {
    if (!results.has(r.id)) results.set(r.id, r);
  };

  // The agreements of each sector the query names: its topic.
  const sectors = [...new Set(plan.concepts.flatMap((c) => c.sectors.map((s) => s.name)))];
  const [kindOf, sectorResults] = await Promise.all([
    kindMap(pagefind),
    Promise.all(
      sectors.map(async (sector) => {
        const s = await pagefind.search(null, {
          ...options,
          filters: { ...options.filters, kind: 'agreement', sector },
        });
        return s?.results ?? [];
      }),
    ),
  ]);
  const sectorPages = new Map(sectors.map((name, i) => [name, new Set(sectorResults[i]!.map((r) => r.id))]));
  const topic = [...new Map(sectorResults.flat().map((r) => [r.id, r])).values()];
  const matches = await Promise.all(
    plan.concepts.map((c) =>
      c.unknown
        ? Promise.resolve(new Map<string, Found>())
        : conceptMatches(pagefind, c, options, sectorPages),
    ),
  );
  for (const m of matches) for (const f of m.values()) remember(f.result);
  for (const r of topic) remember(r);

  const agreementIds = [...kindOf].filter(([, k]) => k === 'agreement').map(([id]) => id);
  const traits = plan.concepts.map((c, i) => ({
    plain:
      !c.unknown &&
      c.sectors.length === 0 &&
      !c.partner &&
      !c.country &&
      !c.year &&
      c.searches.every((s) => !s.exact),
    instrument: c.instrument === true,
    general: c.general === true,
    agreementsMatched: agreementIds.filter((id) => matches[i]!.has(id)).length,
  }));
  const rank = (relaxInstruments: boolean) => {
    const optional = optionalConcepts(traits, agreementIds.length, relaxInstruments);
    return rankResults({
      concepts: plan.concepts.map((c, i) => ({
        typed: c.typed,
        unknown: c.unknown,
        optional: optional[i]!,
        matches: matches[i]!,
        sectorPages: new Set(c.sectors.flatMap((s) => [...(sectorPages.get(s.name) ?? [])])),
      })),
      kindOf: (id) => kindOf.get(id) ?? 'page',
      topic: topic.map((r) => r.id),
    });
  };
  const strict = rank(false);
  const ranked = strict.agreements.length === 0 && traits.some((t) => t.instrument) ? rank(true) : strict;
  // Sorted by date: Pagefind's order (its score is the position in the sort), one list, no groups.
  const byDate = (a: RankedHit, b: RankedHit) => results.get(b.id)!.score - results.get(a.id)!.score;
  const inOrder = inReadingOrder(ranked);
  return {
    plan,
    ranked,
    order: options.sort ? inOrder.sort(byDate) : inOrder,
    load: (hit) => results.get(hit.id)!.data(),
  };
}

/** Pages matching the filters alone (no words): the search page's "everything in Finland, newest first". */
export async function runFilterOnly(
  pagefind: PagefindApi,
  options: PagefindSearchOptions,
): Promise<{ order: RankedHit[]; load(hit: RankedHit): Promise<PagefindResultData> }> {
  const [kindOf, s] = await Promise.all([kindMap(pagefind), pagefind.search(null, options)]);
  const results = new Map((s?.results ?? []).map((r) => [r.id, r]));
  const order = [...results.values()].map((r) => ({
    id: r.id,
    kind: kindOf.get(r.id) ?? 'page',
    tier: 0,
    rankTier: 0,
    score: r.score,
    words: [],
    missing: [],
  }));
  return { order, load: (hit) => results.get(hit.id)!.data() };
}
