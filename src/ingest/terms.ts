/**
 * One matcher for every word list (partners, sectors, instrument cues), so
 * matching rules are the same everywhere:
 * - whole words only: "AI" never matches inside "maintain";
 * - a term with two or more capitals (an acronym such as "JST" or "US") matches
 *   case-sensitively, any other term ignores case;
 * - a trailing `*` matches any word ending ("agricultur*").
 */
import escapeStringRegexp from 'escape-string-regexp';

export interface TermMatcher {
  /** Terms found in `text`, each once, in list order. */
  find(text: string): string[];
  test(text: string): boolean;
  /** Where each term occurs in `text`: every occurrence, by position. */
  spans(text: string): { start: number; end: number }[];
  /** The text with every ignored phrase blanked out (same length). */
  mask(text: string): string;
}

export function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const body = escapeStringRegexp(prefix ? term.slice(0, -1) : term).replace(/ /g, '\\s+');
  // Boundaries are letters/digits, not \b, so "Japan's", "Indo-German" and "(JST)" all match.
  const start = /^[\p{L}\p{N}]/u.test(term) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = prefix ? '' : /[\p{L}\p{N}]$/u.test(term) ? '(?![\\p{L}\\p{N}])' : '';
  return `${start}${body}${end}`;
}

export function isCaseSensitive(term: string): boolean {
  return (term.match(/\p{Lu}/gu) ?? []).length >= 2;
}

export function compileTerms(terms: readonly string[], ignore: readonly string[] = []): TermMatcher {
  const compiled = terms.map((term) => ({
    term,
    re: new RegExp(termPattern(term), isCaseSensitive(term) ? 'u' : 'iu'),
    all: new RegExp(termPattern(term), isCaseSensitive(term) ? 'gu' : 'giu'),
  }));
  const ignores = ignore.map(
    (phrase) => new RegExp(termPattern(phrase), isCaseSensitive(phrase) ? 'gu' : 'giu'),
  );
  const mask = (text: string) => ignores.reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), text);
  return {
    find(text) {
      const masked = mask(text);
      return compiled.filter(({ re }) => re.test(masked)).map(({ term }) => term);
    },
    test(text) {
      const masked = mask(text);
      return compiled.some(({ re }) => re.test(masked));
    },
    spans(text) {
      const masked = mask(text);
      return compiled
        .flatMap(({ all }) =>
          [...masked.matchAll(all)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
        )
        .sort((a, b) => a.start - b.start);
    },
    mask,
  };
}
