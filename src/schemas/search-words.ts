/**
 * `content/search-words.yml`: how the search reads the words readers type
 * that the sources write otherwise, or that ask rather than name
 * (src/search/build-lexicon.ts). The partner names, sector terms and
 * instrument words come from their own files (`partners.yml`, `sectors.yml`,
 * `instruments.yml`); this file holds only what none of them says.
 */
import { z } from 'zod';

const word = z
  .string()
  .trim()
  .min(1)
  .refine((w) => /[\p{L}\p{N}]/u.test(w), 'a word needs a letter or a digit');
const words = z.array(word).min(1);

export const searchWordsSchema = z.strictObject({
  /** Words that ask rather than name (question words, auxiliaries, "list", "show"): left out of a query. */
  ask: words,
  /**
   * Words true of nearly every agreement here ("bilateral", "ties"): they rank the pages that have them
   * but never drop those that do not. The event, status and cooperation words of `instruments.yml` are
   * read the same way.
   */
  general: words,
  /** What readers call an agreement of any kind, beyond the forms in `instruments.yml` ("pact", "tie-up"). */
  instruments: words,
  /**
   * Groups of words or phrases that name one thing, the way readers write it and the way the sources
   * do ("moon", "lunar"): a query with one searches every other. Pairs within a group, never across.
   */
  synonyms: z.array(z.array(word).min(2, 'a group of synonyms needs at least two words')).min(1),
});
export type SearchWords = z.infer<typeof searchWordsSchema>;
