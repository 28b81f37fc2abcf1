/**
 * What the reader typed → what to search: the query split into concepts, each
 * a set of Pagefind searches any one of which satisfies it. A page matches the
 * query when it matches every concept (src/search/rank-results.ts).
 *
 * - A quoted phrase is one concept, matched as that exact phrase.
 * - A run of words the lexicon knows (src/search/build-lexicon.ts) is one
 *   concept, matched as that exact phrase or as any of its other forms
 *   ("JAXA" or "Japan Aerospace Exploration Agency"); it may also name a
 *   sector (the topic), a partner, or a country the atlas does not cover.
 * - Any other word is matched as the start of words, as Pagefind does, since
 *   the reader may still be typing ("quant" finds quantum); a word of five
 *   letters or more that no indexed word starts with is read as the indexed
 *   words one edit away ("semiconducter" → semiconductor), and a word with no
 *   such neighbour can match nothing (Pagefind would silently drop it).
 *
 * Stopwords and one-letter words are left out, unless they are all there is.
 * Pure: the lexicon chunks the query needs are passed in (`chunksNeeded`).
 */
import type { LexiconChunk, PageLink } from './build-lexicon.ts';
import { chunkKey, foldWord, isContentWord, phraseKey, stemWord, withinOneEdit } from './text.ts';

/**
 * One Pagefind search for a concept. `exact` (one whole word or a quoted
 * phrase): only pages with that word or phrase match, not words it begins
 * ("AI" is not "aid"); otherwise every word is matched as the start of words
 * and may be anywhere on the page, in its text or its metadata.
 */
export interface ConceptSearch {
  term: string;
  exact: boolean;
}

export interface QueryConcept {
  /** What the reader typed for it, for messages: “civil”. */
  typed: string;
  /** A page matching any one of these matches the concept. */
  searches: ConceptSearch[];
  /** Words to mark on the page a result opens. */
  highlight: string[];
  /** Sectors the concept names: the query's topic. */
  sectors: PageLink[];
  /** The partner it names. */
  partner?: PageLink;
  /** A country the atlas has no page on. */
  country?: string;
  /** It names an instrument type ("MoU", "agreement"). */
  instrument?: boolean;
  /** The spelling searched instead of what was typed. */
  corrected?: string[];
  /** No indexed word is spelled like it: nothing can match it. */
  unknown: boolean;
}

export interface QueryPlan {
  concepts: QueryConcept[];
}

/** Shortest word a misspelling is looked for in: shorter words have too many neighbours one edit away. */
export const TYPO_MIN_LENGTH = 5;
/** Longest run of words looked up as one phrase. */
const MAX_PHRASE_WORDS = 8;
/** At most this many spellings stand in for a misspelt word. */
const MAX_CORRECTIONS = 3;

interface Token {
  typed: string;
  folded: string;
}

const QUOTED = /"([^"]*)"|“([^”]*)”/g;

/** The quoted phrases and the other words of a query, in order. */
function split(query: string): { quoted: string[]; tokens: Token[] } {
  const quoted: string[] = [];
  const rest = query.replace(QUOTED, (_, a: string | undefined, b: string | undefined) => {
    const phrase = (a ?? b ?? '').trim();
    if (phrase) quoted.push(phrase);
    return ' ';
  });
  const all = rest
    .split(/\s+/)
    .map((typed) => ({ typed, folded: foldWord(typed) }))
    .filter((t) => t.folded.length > 0);
  const content = all.filter((t) => isContentWord(t.folded));
  // "the" alone is searched as typed; a lone letter is nothing to search.
  const tokens = content.length > 0 || quoted.length > 0 ? content : all.filter((t) => t.folded.length > 1);
  return { quoted, tokens };
}

/** The lexicon chunks a query needs: one per first letter of its words. */
export function chunksNeeded(query: string): string[] {
  const { tokens } = split(query);
  return [...new Set(tokens.map((t) => chunkKey(t.folded)))];
}

/** The chunk for a first letter; undefined when the lexicon is not available (then every word counts as indexed). */
export type ChunkLookup = (key: string) => LexiconChunk | undefined;

/** Stems of a chunk's words, computed once per chunk. */
const stemCache = new WeakMap<LexiconChunk, string[]>();
const stemsOf = (c: LexiconChunk) => {
  let s = stemCache.get(c);
  if (!s) stemCache.set(c, (s = c.words.map(stemWord)));
  return s;
};

/** Whether Pagefind finds the word: some indexed stem starts with its stem. */
function isIndexed(folded: string, chunk: LexiconChunk | undefined): boolean {
  if (!chunk) return true;
  const s = stemWord(folded);
  return stemsOf(chunk).some((w) => w.startsWith(s));
}

/** Indexed words one edit away from a misspelt word, nearest in length first. */
function corrections(folded: string, chunk: LexiconChunk | undefined): string[] {
  if (!chunk || folded.length < TYPO_MIN_LENGTH) return [];
  return chunk.words
    .filter((w) => w.length >= TYPO_MIN_LENGTH - 1 && withinOneEdit(folded, w))
    .sort((a, b) => Math.abs(a.length - folded.length) - Math.abs(b.length - folded.length))
    .slice(0, MAX_CORRECTIONS);
}

/**
 * How a form of a concept is searched: one word exactly; several words each
 * anywhere on the page, since Pagefind matches an exact phrase only within the
 * text (a party's name is metadata) and counts a dropped "&" as a word.
 */
const form = (phrase: string): ConceptSearch => {
  const term = phrase.replace(/"/g, ' ').trim();
  return { term, exact: !/\s/.test(term) };
};

/**
 * Pagefind stores words by their stem, and a few acronyms stem to a stopword
 * ("INS" is stored as "in"): searched by themselves they match nearly every
 * page, so only their other forms are searched ("Indian Nuclear Society").
 */
const stemsToStopword = (word: string) => {
  const folded = foldWord(word);
  return !/\s/.test(word.trim()) && isContentWord(folded) && !isContentWord(stemWord(folded));
};

export function planQuery(query: string, lookup: ChunkLookup): QueryPlan {
  const { quoted, tokens } = split(query);
  const concepts: QueryConcept[] = quoted.map((phrase) => ({
    typed: phrase,
    searches: [{ term: phrase, exact: true }],
    highlight: phrase.split(/\s+/),
    sectors: [],
    unknown: false,
  }));

  // Each word as Pagefind can find it: itself, or what it was probably meant to be.
  const read = tokens.map((t) => {
    const chunk = lookup(chunkKey(t.folded));
    if (isIndexed(t.folded, chunk)) return { ...t, known: true, fixes: [] as string[] };
    const fixes = corrections(t.folded, chunk);
    return { ...t, known: false, fixes };
  });

  for (let i = 0; i < read.length;) {
    // The longest run of words starting here that the lexicon knows as a phrase.
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, read.length - i); n >= 1 && matched === 0; n--) {
      const span = read.slice(i, i + n);
      const spelled = span.map((t) => (t.known || t.fixes.length !== 1 ? t.folded : t.fixes[0]!)).join(' ');
      const key = phraseKey(spelled);
      const phrase = key ? lookup(chunkKey(key))?.phrases[key] : undefined;
      if (!phrase) continue;
      const typed = span.map((t) => t.typed).join(' ');
      const corrected = span.some((t) => !t.known && t.fixes.length === 1) ? [spelled] : undefined;
      const alts = phrase.alts ?? [];
      const forms = [spelled, ...alts].filter(
        (f, k, all) => !(stemsToStopword(f) && all.length > 1 && k === 0),
      );
      concepts.push({
        typed,
        searches: forms.map(form),
        // The words as typed (or spelled), and other forms that are one word ("JAXA" for the agency's name):
        // marking every word of an expansion would mark "Japan" all over a page.
        highlight: [...spelled.split(' '), ...alts.filter((a) => !/\s/.test(a.trim()))],
        sectors: phrase.sectors ?? [],
        ...(phrase.partner ? { partner: phrase.partner } : {}),
        ...(phrase.country ? { country: phrase.country } : {}),
        ...(phrase.instrument ? { instrument: true } : {}),
        ...(corrected ? { corrected } : {}),
        unknown: false,
      });
      matched = n;
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const t = read[i]!;
    concepts.push({
      typed: t.typed,
      searches: t.known ? [{ term: t.folded, exact: false }] : t.fixes.map(form),
      highlight: t.known ? [t.folded] : t.fixes,
      sectors: [],
      ...(t.known || t.fixes.length === 0 ? {} : { corrected: t.fixes }),
      unknown: !t.known && t.fixes.length === 0,
    });
    i += 1;
  }
  return { concepts };
}
