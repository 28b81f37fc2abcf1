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
 * - A year ("2016") is matched by the date of an agreement, or else in the
 *   text: it narrows by date rather than being required as a word.
 *
 * Stopwords, one-letter words and the words the lexicon knows ask rather than
 * name ("when", "did") are left out, unless they are all there is; words true
 * of nearly every agreement ("signed", "India", "bilateral") rank the results
 * but do not restrict them (`general`).
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
  /** True of nearly every agreement ("signed", "India"): it ranks, never restricts. */
  general?: boolean;
  /** A year: matched by an agreement's date (or a page's text). */
  year?: string;
  /** The spelling searched instead of what was typed. */
  corrected?: string[];
  /** No indexed word is spelled like it: nothing can match it. */
  unknown: boolean;
}

export interface QueryPlan {
  concepts: QueryConcept[];
  /** Every word asks ("when did"): nothing to search for yet. */
  asksOnly?: true;
}

/** Shortest word a misspelling is looked for in: shorter words have too many neighbours one edit away. */
export const TYPO_MIN_LENGTH = 5;
/** Longest run of words looked up as one phrase. */
const MAX_PHRASE_WORDS = 8;
/** At most this many spellings stand in for a misspelt word. */
const MAX_CORRECTIONS = 3;
/** A year a reader may name: 1800–2099. */
const YEAR = /^(1[89]|20)\d\d$/;

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
  if (quoted.length === 0 && tokens.length === 1 && startsWordThatAsks(tokens[0]!, lookup))
    return { concepts: [], asksOnly: true };
  const concepts: QueryConcept[] = quoted.map((phrase) => ({
    typed: phrase,
    searches: [{ term: phrase, exact: true }],
    highlight: phrase.split(/\s+/),
    sectors: [],
    unknown: false,
  }));

  // Each word as Pagefind can find it: itself, or what it was probably meant to be.
  const read = withoutPartialLastWord(tokens, quoted.length, lookup).map((t) => {
    const chunk = lookup(chunkKey(t.folded));
    if (isIndexed(t.folded, chunk)) return { ...t, known: true, fixes: [] as string[] };
    const fixes = corrections(t.folded, chunk);
    return { ...t, known: false, fixes };
  });

  /** Words left out because they ask rather than name. */
  const asked: Token[] = [];
  for (let i = 0; i < read.length;) {
    // The longest run of words starting here that the lexicon knows as a phrase.
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, read.length - i); n >= 1 && matched === 0; n--) {
      const span = read.slice(i, i + n);
      // As typed first ("moon" is a reader's word, not a misspelling), then as probably meant.
      const asTyped = span.map((t) => t.folded).join(' ');
      const asMeant = span.map((t) => (t.known || t.fixes.length !== 1 ? t.folded : t.fixes[0]!)).join(' ');
      const found = [asTyped, asMeant]
        .map((spelled) => {
          const key = phraseKey(spelled);
          return { spelled, phrase: key ? lookup(chunkKey(key))?.phrases[key] : undefined };
        })
        .find((f) => f.phrase);
      if (!found?.phrase) continue;
      const { spelled, phrase } = found;
      matched = n;
      if (
        phrase.ask &&
        !phrase.alts &&
        !phrase.sectors &&
        !phrase.partner &&
        !phrase.country &&
        !phrase.instrument
      ) {
        asked.push(...span);
        break;
      }
      const typed = span.map((t) => t.typed).join(' ');
      const corrected = spelled !== asTyped ? [spelled] : undefined;
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
        ...(phrase.general && !phrase.instrument ? { general: true } : {}),
        ...(corrected ? { corrected } : {}),
        unknown: false,
      });
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const t = read[i]!;
    if (YEAR.test(t.folded)) {
      concepts.push({
        typed: t.typed,
        searches: [{ term: t.folded, exact: false }],
        highlight: [t.folded],
        sectors: [],
        year: t.folded,
        unknown: !t.known,
      });
      i += 1;
      continue;
    }
    concepts.push(plainConcept(t));
    i += 1;
  }
  // Nothing but words that ask ("when did"): a question not yet asked. Searched, they would list pages
  // that happen to say "when" and fetch their results while the reader is still typing.
  if (concepts.length === 0 && asked.length > 0) return { concepts, asksOnly: true };
  return { concepts };
}

/** A last word this short after others, and the start of longer indexed words, is most likely still being typed ("Japan th"). */
const PARTIAL_MAX_LENGTH = 2;

/**
 * The words of a query without its last one when that one is two letters, follows other words, is no
 * word of its own the index or the lexicon knows ("AI", "UK" are), and starts longer indexed words: it
 * is still being typed ("wh", "th", "pr"). As a prefix it narrows little,
 * and at a reader's pace each such pause searched it and fetched index chunks and results that the
 * next letter made useless (docs/search.md, bytes). A word nothing starts with ("xq") stays: the
 * query can match nothing, and says so.
 */
function withoutPartialLastWord(tokens: readonly Token[], quoted: number, lookup: ChunkLookup): Token[] {
  const last = tokens.at(-1);
  if (!last || tokens.length + quoted < 2 || last.folded.length > PARTIAL_MAX_LENGTH) return [...tokens];
  const chunk = lookup(chunkKey(last.folded));
  if (!chunk) return [...tokens];
  const own = chunk.words.includes(last.folded) || chunk.phrases[phraseKey(last.folded)] !== undefined;
  return own || !isIndexed(last.folded, chunk) ? [...tokens] : tokens.slice(0, -1);
}

/**
 * A lone word still being typed that starts a word that asks ("wh", "whic"): most questions begin so,
 * and searching each of these prefixes fetched index chunks and results no question needs. A word of
 * its own ("whale" once typed) is searched as ever.
 */
function startsWordThatAsks(t: Token, lookup: ChunkLookup): boolean {
  const chunk = lookup(chunkKey(t.folded));
  if (!chunk || chunk.words.includes(t.folded)) return false;
  const key = phraseKey(t.folded);
  if (chunk.phrases[key]) return false;
  return Object.entries(chunk.phrases).some(([k, p]) => p.ask && k.startsWith(t.folded));
}

/** A word the lexicon does not know as a phrase: matched as the start of words, or as its corrections. */
function plainConcept(t: Token & { known: boolean; fixes: string[] }): QueryConcept {
  return {
    typed: t.typed,
    searches: t.known ? [{ term: t.folded, exact: false }] : t.fixes.map(form),
    highlight: t.known ? [t.folded] : t.fixes,
    sectors: [],
    ...(t.known || t.fixes.length === 0 ? {} : { corrected: t.fixes }),
    unknown: !t.known && t.fixes.length === 0,
  };
}
