/**
 * What the search says about its results, in words: the sentence the live
 * region announces, the heading over agreements that match the topic but not
 * every word, and the notes for a misspelling or a country the atlas has no
 * page on. A query that matches no agreement says so plainly before anything
 * partial is listed ("No agreement mentions both “Argentina” and “beef”.").
 * Pure; src/client/search/controller.ts shows them.
 */
import type { QueryPlan } from './plan-query.ts';
import type { RankedResults } from './rank-results.ts';
import type { PageLink } from './build-lexicon.ts';

export interface ResultWords {
  /** For the live region: counts, or that no agreement matches. */
  status: string;
  /** Whether no agreement matches every word. */
  noAgreement: boolean;
  /** Heading of the related group, when there is one. */
  relatedHeading?: string;
  /** A country the query names that the atlas has no page on. */
  uncovered?: string;
  /** Pages the query names directly: partner countries and sectors. */
  named: PageLink[];
}

const quoted = (s: string) => `“${s}”`;

/** “a”; “a” and “b”; “a”, “b” and “c”. */
export function listed(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "No agreement mentions “x”." / "…both “x” and “y”." / "…all of “x”, “y” and “z”." */
export function noAgreementSentence(typed: readonly string[]): string {
  const words = typed.map(quoted);
  if (words.length === 1) return `No agreement mentions ${words[0]}.`;
  if (words.length === 2) return `No agreement mentions both ${words[0]} and ${words[1]}.`;
  return `No agreement mentions all of ${listed(words)}.`;
}

export function describeResults(query: string, plan: QueryPlan, r: RankedResults): ResultWords {
  const typed = plan.concepts.map((c) => c.typed);
  const sectors = [...new Map(plan.concepts.flatMap((c) => c.sectors).map((s) => [s.href, s])).values()];
  const sectorPhrase = `${listed(sectors.map((s) => s.name))} sector${sectors.length > 1 ? 's' : ''}`;
  const others = r.places.length + r.sources.length + r.other.length;
  const corrections = plan.concepts.flatMap((c) =>
    c.corrected ? [`Showing ${listed(c.corrected.map(quoted), 'or')} for ${quoted(c.typed)}.`] : [],
  );
  const uncovered = plan.concepts.find((c) => c.country)?.country;
  const named = [
    ...new Map(
      plan.concepts.flatMap((c) => [...(c.partner ? [c.partner] : []), ...c.sectors]).map((p) => [p.href, p]),
    ).values(),
  ];

  let sentence: string;
  const noAgreement = r.agreements.length === 0;
  if (!noAgreement) {
    const parts = [plural(r.agreements.length, 'agreement')];
    if (r.related.length > 0) parts.push(`${r.related.length} more in the ${sectorPhrase}`);
    if (others > 0) parts.push(plural(others, 'other result'));
    sentence = `${listed(parts)} for ${quoted(query)}.`;
  } else {
    sentence = noAgreementSentence(typed.length > 0 ? typed : [query]);
    if (others > 0) sentence += ` ${plural(others, 'other page')} ${others === 1 ? 'does' : 'do'}.`;
    if (r.related.length > 0)
      sentence += ` ${plural(r.related.length, 'agreement')} in the ${sectorPhrase} ${r.related.length === 1 ? 'is' : 'are'} listed instead.`;
  }
  if (uncovered) sentence += ` The atlas has no page on ${uncovered}.`;
  const status = [sentence, ...corrections].join(' ');

  const relatedHeading =
    r.related.length === 0
      ? undefined
      : noAgreement
        ? `Agreements in the ${sectorPhrase}`
        : `Other agreements in the ${sectorPhrase}`;
  return {
    status,
    noAgreement,
    ...(relatedHeading ? { relatedHeading } : {}),
    ...(uncovered ? { uncovered } : {}),
    named,
  };
}
