/**
 * What an agreement record says about how readers may name it: its own
 * acronyms ("FIN-Q", "IUSSTF") and every acronym–expansion pair its name,
 * aliases and parties state. Read by the search lexicon (src/search/build-lexicon.ts),
 * so synonyms follow the records with no hand list, and by the query set that
 * measures search (src/harness/search-queries.ts). Pure.
 */
import { STOPWORDS, isAcronymShaped, spellsAcronym } from './text.ts';

/** The fields of an agreement record these rules read (src/schemas/agreement.ts). */
export interface RecordNames {
  name: string;
  aliases: readonly string[];
  parties: readonly { name: string; acronym: string | null }[];
}

/** An acronym and the words it stands for. */
export interface AcronymPair {
  acronym: string;
  expansion: string;
}

/** Trims brackets, quotes and trailing punctuation from a token. */
const bare = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** "Finland India Quantum Network (FIN-Q)" → { long: "Finland India Quantum Network", short: "FIN-Q" }. */
function bracketed(text: string): { long: string; short: string } | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)/u.exec(text.trim());
  if (!m) return undefined;
  const short = m[2]!.trim();
  if (!isAcronymShaped(short)) return undefined;
  // The expansion runs up to the bracket. Where its last words alone spell the acronym ("DST–JST Letter of
  // Intent on the Strategic International Cooperative Program (SICP)"), just those; where no run of its words
  // does ("Belle II India (KEK)": a place, not an expansion), it is no expansion at all.
  const words = m[1]!.trim().split(/\s+/);
  for (let start = 0; start < words.length - 1; start++) {
    const span = words.slice(start);
    if (!isStopword(span[0]!) && spellsAcronym(short, span)) return { long: span.join(' '), short };
  }
  return spelledSpan(short, [words]) ? { long: words.join(' '), short } : undefined;
}

const isStopword = (w: string) => STOPWORDS.has(bare(w).toLowerCase());

/** The acronym-shaped words of a text, as written. */
const acronymTokens = (text: string) => text.split(/\s+/).map(bare).filter(isAcronymShaped);

/** Acronyms of the record's parties (or a party named by one, "DST"), which name an organisation, not the record. */
const partyAcronyms = (r: RecordNames) =>
  new Set(
    r.parties.flatMap((p) => [
      ...(p.acronym ? [p.acronym.toLowerCase()] : []),
      ...(isAcronymShaped(p.name) ? [p.name.toLowerCase()] : []),
    ]),
  );

/**
 * Every acronym–expansion pair the record states:
 * - a party with an acronym ("Japan Aerospace Exploration Agency", "JAXA");
 * - a name or alias written "Long Name (ACR)";
 * - an acronym in the name or an alias whose letters are the initials of a run
 *   of words in the name or another alias ("IA" and "Implementing Arrangement").
 */
export function acronymPairs(r: RecordNames): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  const parties = partyAcronyms(r);
  for (const p of r.parties)
    if (p.acronym && p.acronym.toLowerCase() !== p.name.toLowerCase())
      pairs.push({ acronym: p.acronym, expansion: p.name });
  const texts = [r.name, ...r.aliases];
  for (const t of texts) {
    const b = bracketed(t);
    // "Belle II India (KEK)": a party named in brackets is where, not what.
    if (b && !parties.has(b.short.toLowerCase())) pairs.push({ acronym: b.short, expansion: b.long });
  }
  const spans = texts.map((t) =>
    t
      .replace(/\([^()]*\)/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  );
  for (const acronym of new Set(texts.flatMap(acronymTokens))) {
    if (pairs.some((p) => p.acronym === acronym)) continue;
    const expansion = spelledSpan(acronym, spans);
    if (expansion) pairs.push({ acronym, expansion });
  }
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const key = `${p.acronym}\u0000${p.expansion}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The longest run of words, first found, that spells the acronym and neither starts nor ends with a stopword. */
function spelledSpan(acronym: string, texts: readonly string[][]): string | undefined {
  for (const words of texts) {
    for (let start = 0; start < words.length; start++) {
      for (let end = Math.min(words.length, start + 10); end >= start + 2; end--) {
        const span = words.slice(start, end);
        if (isStopword(span[0]!) || isStopword(span.at(-1)!)) continue;
        if (span.some((w) => bare(w) === acronym)) continue;
        if (spellsAcronym(acronym, span)) return span.map(bare).join(' ');
      }
    }
  }
  return undefined;
}

/**
 * The record's own acronyms: acronym-shaped words of its name and aliases that
 * name the record rather than a party, the instrument type or anything else
 * in `exclude` (partner names, sector terms), folded to lower case: "FIN-Q",
 * "IUSSTF", "IJDP"; not "JAXA" in "ISRO–JAXA MoU", nor "MoU".
 */
export function recordAcronyms(r: RecordNames, exclude: ReadonlySet<string>): string[] {
  const parties = partyAcronyms(r);
  const other = (w: string) => parties.has(w.toLowerCase()) || exclude.has(w.toLowerCase());
  const own = new Set<string>();
  for (const t of [r.name, ...r.aliases]) {
    for (const token of acronymTokens(t.replace(/[–—]/g, ' '))) {
      // "DST-JST" joins two party acronyms; it names the parties, not the record.
      if (other(token) || token.split(/[-/]/).every(other)) continue;
      // "Belle II": a roman numeral is a number, not a name.
      if (/^[IVX]+$/.test(token)) continue;
      own.add(token);
    }
  }
  return [...own];
}
