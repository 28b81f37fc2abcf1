/**
 * The matches of each concept of a query (src/search/plan-query.ts) → the
 * results a reader sees, in this order:
 *
 * 1. agreements that match every concept;
 * 2. agreements on the query's topic (a sector it names) that do not match
 *    every concept, shown under their own heading: "civil nuclear" lists the
 *    working group on civil nuclear cooperation, then the other agreements in
 *    the Nuclear sector, whose records never say "civil";
 * 3. agreements that match part of the query, those matching most first: when
 *    no agreement matches every concept, every agreement that matches one
 *    (a reader who typed one word the sources never use still finds the
 *    agreement); otherwise those that match most of a query of three concepts
 *    or more, all but one of three;
 * 4. country and sector pages that match every concept;
 * 5. source documents and their passages that match every concept;
 * 6. any other page that does.
 *
 * Within a group, results are ordered by where each restricting concept
 * matched (its tier, summed over the concepts: a sector, partner or year the
 * query names and the page belongs to, then the page's name, its parties, its
 * text, the instruments made under it, any other metadata;
 * src/client/search/run-query.ts), then by Pagefind's score summed over every
 * concept matched, then by the tiers of the concepts that only rank ("signed",
 * "cooperate", "India": a title that says "cooperation" must not outrank the
 * page that says "cybersecurity" most); ties keep Pagefind's order.
 * Pure.
 */

/** What a result is: the `kind` filter every indexed page and passage carries (src/integrations/pagefind.ts). */
export const PAGE_KINDS = ['agreement', 'country', 'sector', 'source', 'passage', 'page'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** One page's match for one concept: where it matched (tier), Pagefind's score and the word positions. */
export interface Match {
  tier: number;
  score: number;
  words: readonly number[];
}

export interface RankedHit {
  id: string;
  kind: PageKind;
  /** Tiers of the restricting concepts it matches, summed. */
  tier: number;
  /** Tiers of the concepts that only rank, summed. */
  rankTier: number;
  score: number;
  /** Positions of every matched word on the page, for its excerpt. */
  words: number[];
  /** The restricting concepts (as typed) the page does not match: empty in the main groups. */
  missing: string[];
}

export interface RankedResults {
  agreements: RankedHit[];
  /** Agreements on the query's topic that miss some of its words. */
  related: RankedHit[];
  /** Agreements that match part of the query, most first. */
  partial: RankedHit[];
  places: RankedHit[];
  sources: RankedHit[];
  other: RankedHit[];
  /** The concepts (as typed) a page must match to be in the main groups: all but those that only rank. */
  required: string[];
}

export interface RankInput {
  /**
   * Per concept, in query order: what was typed, whether nothing can match it,
   * its matches by page id, and the agreements of the sectors it names (which
   * meet it on the topic, though they may not use its words).
   */
  concepts: readonly {
    typed: string;
    unknown: boolean;
    /** Ranks the pages that match it but does not restrict: see `optionalConcepts`. */
    optional?: boolean;
    matches: ReadonlyMap<string, Match>;
    sectorPages?: ReadonlySet<string>;
  }[];
  kindOf: (id: string) => PageKind;
  /** Agreements in a sector the query names, by page id, in Pagefind's order. */
  topic: readonly string[];
}

/** How strongly a match says a page is about a concept, by where it matched. */
const FIELD_TIERS: Record<string, number> = { title: 3, aliases: 3, parties: 2, instruments: 1 };
/** A match in the page's text. */
const TEXT_TIER = 1.5;
/** A match in any other metadata (sectors, type, partner, date). */
const OTHER_TIER = 0.5;
/** The page belongs to the sector, partner or year the concept names. */
const NAMED_TIER = 4;
/** The words of a phrase, each somewhere on the page but not together. */
const SCATTERED_TIER = 0.5;

/**
 * The tier of one concept's match on one page: the best of the metadata
 * fields it matched (Pagefind's matchedMetaFields), the page's text, and
 * whether the page belongs to the sector, partner or year the concept names;
 * no more than a stray word's when the concept's words are scattered.
 */
export function matchTier(m: {
  fields: readonly string[];
  inText: boolean;
  named: boolean;
  scattered?: boolean;
}): number {
  if (m.named) return NAMED_TIER;
  const fromFields = m.fields.map((f) => FIELD_TIERS[f] ?? OTHER_TIER);
  const tier = Math.max(0, ...fromFields, m.inText ? TEXT_TIER : 0);
  return m.scattered ? Math.min(tier, SCATTERED_TIER) : tier;
}

const GROUP: Record<PageKind, 'agreements' | 'places' | 'sources' | 'other'> = {
  agreement: 'agreements',
  country: 'places',
  sector: 'places',
  source: 'sources',
  passage: 'sources',
  page: 'other',
};

/** Every id any concept matched, in the order first seen. */
function seenOrder(input: RankInput): Map<string, number> {
  const order = new Map<string, number>();
  for (const c of input.concepts)
    for (const id of c.matches.keys()) if (!order.has(id)) order.set(id, order.size);
  for (const id of input.topic) if (!order.has(id)) order.set(id, order.size);
  return order;
}

/** How much of the query a page meets: every concept it matches (or whose sector it is in), and the restricting ones among them. */
function hitFor(id: string, input: RankInput): RankedHit & { matched: number; required: number } {
  let tier = 0;
  let rankTier = 0;
  let score = 0;
  let matched = 0;
  let required = 0;
  const words = new Set<number>();
  const missing: string[] = [];
  for (const c of input.concepts) {
    const m = c.matches.get(id);
    if (!m) {
      // On the topic: counts towards how much of the query a related agreement meets.
      if (c.sectorPages?.has(id)) {
        matched++;
        if (!c.optional) required++;
        if (c.optional) rankTier += NAMED_TIER;
        else tier += NAMED_TIER;
      }
      if (!c.optional) missing.push(c.typed);
      continue;
    }
    matched++;
    if (!c.optional) required++;
    if (c.optional) rankTier += m.tier;
    else tier += m.tier;
    score += m.score;
    for (const w of m.words) words.add(w);
  }
  return {
    id,
    kind: input.kindOf(id),
    tier,
    rankTier,
    score,
    words: [...words].sort((a, b) => a - b),
    missing,
    matched,
    required,
  };
}

const bare = ({ matched: _m, required: _r, ...hit }: ReturnType<typeof hitFor>): RankedHit => hit;

/** Concepts a query must have before an agreement that misses one of them is still worth listing when others match all. */
const NEAR_MISS_CONCEPTS = 3;

/** Every group empty: what a query that matches nothing, or has no words, is told. */
export const noResults = (required: string[]): RankedResults => ({
  agreements: [],
  related: [],
  partial: [],
  places: [],
  sources: [],
  other: [],
  required,
});

export function rankResults(input: RankInput): RankedResults {
  const required = input.concepts.filter((c) => !c.optional);
  const out = noResults(required.map((c) => c.typed));
  if (input.concepts.length === 0) return out;
  const order = seenOrder(input);
  const byScore = (a: RankedHit, b: RankedHit) =>
    b.tier - a.tier || b.score - a.score || b.rankTier - a.rankTier || order.get(a.id)! - order.get(b.id)!;

  const impossible = input.concepts.some((c) => c.unknown);
  const full = impossible
    ? []
    : [...required[0]!.matches.keys()].filter((id) => required.every((c) => c.matches.has(id)));
  const fullSet = new Set(full);
  for (const id of full) {
    const hit = bare(hitFor(id, input));
    out[GROUP[hit.kind]].push(hit);
  }
  for (const g of ['agreements', 'places', 'sources', 'other'] as const) out[g].sort(byScore);

  const isAgreement = (id: string) => !fullSet.has(id) && input.kindOf(id) === 'agreement';
  const mostFirst = (a: ReturnType<typeof hitFor>, b: ReturnType<typeof hitFor>) =>
    b.required - a.required || b.matched - a.matched || byScore(a, b);
  if (out.agreements.length > 0) {
    // Related: on the topic but not a full match; those matching more of the query first.
    const related = input.topic
      .filter(isAgreement)
      .map((id) => hitFor(id, input))
      .sort(mostFirst);
    out.related = related.map(bare);
    // Near misses: all but one of three concepts or more.
    const onTopic = new Set(input.topic);
    if (required.length >= NEAR_MISS_CONCEPTS)
      out.partial = [...order.keys()]
        .filter((id) => isAgreement(id) && !onTopic.has(id))
        .map((id) => hitFor(id, input))
        .filter((h) => h.required >= required.length - 1)
        .sort(mostFirst)
        .map(bare);
  } else {
    // No agreement matches every word: each that matches any of them, on the topic or not, most first.
    out.partial = [...order.keys()]
      .filter(isAgreement)
      .map((id) => hitFor(id, input))
      .filter((h) => h.required > 0)
      .sort(mostFirst)
      .map(bare);
  }
  return out;
}

/** Share of agreements a plain word must be on to stop restricting the results. */
export const COMMON_SHARE = 1 / 3;

/**
 * Which concepts rank without restricting. Plain words on a third of the
 * agreements or more ("India", "cooperation", "science") narrow little and
 * would drop every agreement whose text happens not to say them ("India Canada
 * cooperation"). Instrument names ("agreement", "MoU") restrict when some
 * agreement meets them (“MOC healthcare”), and are relaxed (`relaxInstruments`)
 * when none would: to a reader an MoU is an agreement (“Japan India agreement
 * on healthcare”). Words the lexicon knows to be true of nearly every agreement
 * (`general`: an event such as "signed", "bilateral", India's own names) always
 * rank without restricting. Never all of a query's concepts; never a word the
 * lexicon knows as an acronym, a sector, a partner or a country.
 */
export function optionalConcepts(
  concepts: readonly { plain: boolean; instrument: boolean; general?: boolean; agreementsMatched: number }[],
  agreements: number,
  relaxInstruments: boolean,
): boolean[] {
  const optional = concepts.map(
    (c) =>
      c.general === true ||
      (relaxInstruments && c.instrument) ||
      (c.plain && agreements > 0 && c.agreementsMatched >= agreements * COMMON_SHARE),
  );
  return optional.every(Boolean) ? optional.map(() => false) : optional;
}

/** The groups in reading order, as one list: what "show more" pages through. */
export function inReadingOrder(r: RankedResults): RankedHit[] {
  return [...r.agreements, ...r.related, ...r.partial, ...r.places, ...r.sources, ...r.other];
}
