/**
 * The search lexicon: what the browser needs, beyond Pagefind's index, to read
 * a query the way readers write it (src/search/plan-query.ts). Built with the
 * index (src/integrations/pagefind.ts) from the records, the editors'
 * vocabularies and the words actually indexed, so nothing in it is a hand
 * list to keep in step:
 *
 * - every indexed word, to tell a word the site has from one it lacks (Pagefind
 *   silently drops a missing word, or matches its first letters instead) and to
 *   find the word meant by a misspelling;
 * - phrases and what they stand for: acronym ↔ expansion from every record's
 *   parties, names and aliases and from the sector and instrument vocabularies;
 *   the readers' words for the sources' ones (content/search-words.yml); the
 *   sector a word or phrase belongs to (the query's topic); the partner a name
 *   means, by any of its spellings ("Holland", "British"); countries the atlas
 *   has no page on; words that ask rather than name ("when", "did"), and words
 *   that rank without restricting (event words such as "signed", India's own
 *   names, words true of every agreement).
 *
 * Both are filed by first letter, so a query loads only the letters it uses.
 * Pure: data in, data out.
 */
import type { SearchWords } from '../schemas/search-words.ts';
import { acronymPairs, type RecordNames } from './record-terms.ts';
import { chunkKey, foldWord, isAcronymShaped, phraseKey, spellsAcronym, stemWord } from './text.ts';

/** A page the reader can go to directly: a country or a sector. */
export interface PageLink {
  name: string;
  href: string;
}

/** What a phrase stands for. */
export interface PhraseInfo {
  /** Other ways of writing it (acronym ↔ expansion), each searched as an exact phrase. */
  alts?: string[];
  /** Sectors whose label or vocabulary it is: the query's topic. */
  sectors?: PageLink[];
  /** The partner country it names. */
  partner?: PageLink;
  /** A country the atlas has no page on. */
  country?: string;
  /** An instrument type's name ("MoU", "agreement"): readers use these loosely, so they rank but do not restrict. */
  instrument?: true;
  /**
   * True of nearly every agreement: an event or status ("signed", "launched"), cooperation itself, India's
   * own names. It ranks the pages that have it and never restricts.
   */
  general?: true;
  /** It asks rather than names ("when", "did"): left out of the query, unless it names something else too. */
  ask?: true;
}

/** The lexicon for one first letter. */
export interface LexiconChunk {
  /** Indexed words (folded) starting with this letter, sorted. */
  words: string[];
  /** Phrase key (src/search/text.ts phraseKey) → what it stands for. */
  phrases: Record<string, PhraseInfo>;
}

export interface Lexicon {
  /** The countries the atlas covers, for "it covers …". */
  partners: PageLink[];
  chunks: Record<string, LexiconChunk>;
}

export interface LexiconSources {
  records: readonly (RecordNames & { sectors: readonly string[] })[];
  /** Partners with a country page: name, adjective, page, and every other way the gazetteer writes them ("Holland", "UK"). */
  partners: readonly (PageLink & { adjective: string; names?: readonly string[] })[];
  /** Every country, covered or not: the name pages use and every spelling and demonym. */
  countries: readonly { name: string; names: readonly string[] }[];
  /** India's own names ("India", "Indian", "Bharat"): every agreement here is India's, so they rank without restricting. */
  home: readonly string[];
  /** The sector vocabulary (content/sectors.yml): label, page and terms ("semiconductor*" matches any ending). */
  sectors: readonly (PageLink & { terms: readonly string[] })[];
  /** Instrument types (content/instruments.yml): each type's label and every way it is written ("MoU", "Memoranda of Understanding"). */
  types: readonly { label: string; forms: readonly string[] }[];
  /** The event, status and cooperation words of content/instruments.yml ("signed", "launched", "collaboration"). */
  events: readonly string[];
  /** The readers' words (content/search-words.yml). */
  searchWords: SearchWords;
  /** Every word Pagefind indexed, as src/search/text.ts indexedWords gives them. */
  words: Iterable<string>;
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[], key: (x: T) => string): T[] => {
  const out = [...(a ?? [])];
  for (const x of b) if (!out.some((y) => key(y) === key(x))) out.push(x);
  return out;
};

export function buildLexicon(src: LexiconSources): Lexicon {
  const words = new Set<string>();
  for (const w of src.words) if (w) words.add(w);
  const stems = new Set([...words].map(stemWord));
  /** Every word of the phrase is indexed, so an exact search for it can succeed. */
  const indexed = (phrase: string) =>
    phrase
      .split(/\s+/)
      .map(foldWord)
      .filter(Boolean)
      .every((w) => stems.has(stemWord(w)));

  const phrases = new Map<string, PhraseInfo>();
  const info = (phrase: string): PhraseInfo | undefined => {
    const key = phraseKey(phrase);
    if (!key) return undefined;
    let i = phrases.get(key);
    if (!i) phrases.set(key, (i = {}));
    return i;
  };
  /** Each of the two may be written for the other: both directions, never transitively. */
  const synonyms = (a: string, b: string) => {
    if (phraseKey(a) === phraseKey(b)) return;
    const ia = info(a);
    const ib = info(b);
    if (ia && indexed(b)) ia.alts = union(ia.alts, [b], (x) => phraseKey(x));
    if (ib && indexed(a)) ib.alts = union(ib.alts, [a], (x) => phraseKey(x));
  };
  /**
   * Pairs among a vocabulary's terms where one is the other's acronym ("AI",
   * "artificial intelligence") or the same word written apart ("beam line",
   * "beamline"; "start-up", "startup").
   */
  const pairTerms = (terms: readonly string[]) => {
    for (const a of terms.filter(isAcronymShaped))
      for (const b of terms) if (a !== b && spellsAcronym(a, b.split(/\s+/))) synonyms(a, b);
    const joined = (t: string) =>
      t
        .split(/[\s-]+/)
        .map(foldWord)
        .join('');
    for (const a of terms)
      for (const b of terms) if (a < b && /[\s-]/.test(a + b) && joined(a) === joined(b)) synonyms(a, b);
  };

  for (const r of src.records) for (const p of acronymPairs(r)) synonyms(p.acronym, p.expansion);

  for (const s of src.sectors) {
    const terms = [s.name, ...s.terms.map((t) => t.replace(/\*$/, ''))];
    for (const t of terms) {
      const i = info(t);
      if (i) i.sectors = union(i.sectors, [{ name: s.name, href: s.href }], (x) => x.href);
    }
    pairTerms(terms);
  }

  for (const t of src.types) {
    const forms = [t.label, ...t.forms];
    for (const f of forms) {
      const i = info(f);
      if (i) i.instrument = true;
    }
    pairTerms(forms);
  }
  for (const w of src.searchWords.instruments) {
    const i = info(w);
    if (i) i.instrument = true;
  }

  // Each group of synonyms: every pair within it, and the sectors any of them names for all of them.
  for (const group of src.searchWords.synonyms) {
    for (const a of group) for (const b of group) if (a < b) synonyms(a, b);
    const sectors = group.flatMap((w) => phrases.get(phraseKey(w))?.sectors ?? []);
    if (sectors.length > 0)
      for (const w of group) {
        const i = info(w);
        if (i) i.sectors = union(i.sectors, sectors, (x) => x.href);
      }
  }

  for (const w of [...src.events, ...src.searchWords.general, ...src.home]) {
    const i = info(w);
    if (i) i.general = true;
  }

  const covered = new Set<string>();
  for (const p of src.partners) {
    const link = { name: p.name, href: p.href };
    for (const name of [p.name, p.adjective, ...(p.names ?? [])]) {
      const i = info(name);
      if (i) i.partner = link;
      covered.add(phraseKey(name));
    }
    synonyms(p.name, p.adjective);
    // Another spelling ("Holland", "Britain") is searched as the names the pages use; not the other way round.
    for (const name of p.names ?? []) {
      const i = info(name);
      if (!i || [p.name, p.adjective].some((n) => phraseKey(n) === phraseKey(name))) continue;
      i.alts = union(
        i.alts,
        [p.name, p.adjective].filter((n) => indexed(n)),
        (x) => phraseKey(x),
      );
    }
  }
  for (const c of src.countries) {
    if ([c.name, ...c.names].some((n) => covered.has(phraseKey(n)))) continue;
    for (const n of [c.name, ...c.names]) {
      const i = info(n);
      if (i && !i.partner) i.country = c.name;
    }
  }

  for (const w of src.searchWords.ask) {
    const i = info(w);
    if (i) i.ask = true;
  }

  const chunks: Record<string, LexiconChunk> = {};
  const chunk = (key: string) => (chunks[key] ??= { words: [], phrases: {} });
  for (const w of [...words].sort()) chunk(chunkKey(w)).words.push(w);
  for (const [key, i] of [...phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!i.alts && !i.sectors && !i.partner && !i.country && !i.instrument && !i.general && !i.ask) continue;
    chunk(chunkKey(key)).phrases[key] = i;
  }
  return {
    partners: [...src.partners]
      .map((p) => ({ name: p.name, href: p.href }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    chunks,
  };
}
