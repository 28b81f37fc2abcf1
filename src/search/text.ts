/**
 * Words as Pagefind sees them, for the code that works around it at build time
 * (src/search/build-lexicon.ts) and in the browser (src/search/plan-query.ts):
 * both sides fold a word the same way, so a word the lexicon lists is a word a
 * query can reach. Pure; no Node or DOM.
 */
import { stem } from 'porter2';

/**
 * Pagefind drops these punctuation classes from a search term (dash, open,
 * close, initial, final and other punctuation), lowercases it and strips
 * diacritics; "FIN-Q" is searched as "finq", "(JST)" as "jst", "S&T" as "st".
 */
const PAGEFIND_PUNCTUATION = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

/** One word → the form Pagefind searches: no punctuation, lowercase, no diacritics. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(PAGEFIND_PUNCTUATION, '').toLowerCase();
}

/**
 * Words too common to narrow a search here. A query drops them (each would cost
 * an index chunk on a first search and narrows nothing), and phrases are keyed
 * without them, so "Japan Society for the Promotion of Science" and "Japan
 * Society Promotion Science" name the same thing.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'between',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);

/** Whether a folded word carries meaning for matching (not a stopword, more than one character). */
export const isContentWord = (folded: string) => folded.length > 1 && !STOPWORDS.has(folded);

/**
 * A folded word → its stem, as Pagefind stores it: Pagefind indexes and
 * searches English words by their Porter2 (Snowball English) stem, so
 * "semiconductors" and "semiconductor" are one word to it.
 */
export const stemWord = (folded: string): string => stem(folded);

/**
 * A phrase → its key: the stems of its content words joined by one space.
 * Lexicon phrases and query spans are compared by key, so "Japan Society for
 * the Promotion of Science" and "japan society promotion sciences" meet.
 */
export function phraseKey(phrase: string): string {
  return phrase.split(/\s+/).map(foldWord).filter(isContentWord).map(stemWord).join(' ');
}

/**
 * The words a text is indexed under, as Pagefind splits them: each
 * whitespace-separated token folded whole ("fin-q" → "finq"), and, when
 * punctuation joins parts, each part too ("finq", "fin"). One-letter parts are
 * left out: no query searches them (src/search/plan-query.ts).
 */
export function indexedWords(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    const whole = foldWord(token);
    if (whole) out.push(whole);
    const parts = token
      .split(/[^\p{L}\p{N}\p{M}]+/u)
      .map(foldWord)
      .filter((p) => p !== '');
    if (parts.length > 1) for (const p of parts) if (p.length > 1) out.push(p);
  }
  return out;
}

/**
 * Whether a word is written as an acronym: two or more capitals making at
 * least half its letters ("JAXA", "MoU", "iCET", "LeadIT", "FIN-Q", "S&T"),
 * and no part of it, between hyphens, an ordinary word ("Indo-US" and "X-ray"
 * are not acronyms).
 */
export function isAcronymShaped(word: string): boolean {
  const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (w.length < 2 || w.length > 12 || !/^[\p{L}\p{N}&/.-]+$/u.test(w)) return false;
  const letters = w.replace(/[^\p{L}]/gu, '');
  const capitals = (letters.match(/\p{Lu}/gu) ?? []).length;
  if (capitals < 2 || capitals * 2 < letters.length) return false;
  return !w.split(/[-/]/).some((part) => /^\p{Lu}?\p{Ll}{3,}$/u.test(part));
}

const isStopword = (w: string) => STOPWORDS.has(w.toLowerCase()) || w === '&';

/**
 * Whether `acronym` can be read off the initial letters of `words`, in order:
 * each word gives the start of itself (one letter or more: "FIN" from
 * Finland), a stopword may give its initial or nothing ("MoU" =
 * Memorandum of Understanding, "DST" = Department of Science and Technology),
 * and at most one other word may give nothing. The first word must give the
 * first letter and the last letter must come from the last word, so the span
 * is exactly the expansion.
 */
export function spellsAcronym(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const ws = words.flatMap((w) => w.split(/[-–/]/)).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (letters.length < 2 || ws.length < 2) return false;
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number, skipped: number): boolean => {
    if (j === ws.length) return i === letters.length;
    const key = `${i},${j},${skipped}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = ws[j]!.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    const first = j === 0;
    const last = j === ws.length - 1;
    let ok = false;
    // This word gives the next k letters of the acronym.
    for (let k = 1; !ok && k <= word.length && i + k <= letters.length; k++) {
      if (word.slice(0, k) !== letters.slice(i, i + k)) break;
      if (last && i + k !== letters.length) continue;
      ok = go(i + k, j + 1, skipped);
    }
    // Or none at all: a stopword freely, one other word once; never the first or last word.
    if (!ok && !first && !last) {
      if (isStopword(word)) ok = go(i, j + 1, skipped);
      else if (skipped === 0) ok = go(i, j + 1, 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, 0);
}

/**
 * Whether `a` and `b` differ by at most one edit: a letter inserted, removed,
 * replaced, or two neighbours swapped (Damerau–Levenshtein distance ≤ 1).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // Replace one letter, or swap two neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // Insert or remove one letter.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The chunk a folded word or phrase key is filed under: its first letter or digit, else "_". */
export function chunkKey(folded: string): string {
  const c = folded[0] ?? '_';
  return /[a-z0-9]/.test(c) ? c : '_';
}
