/**
 * What the search says about its results, in words: the sentence the live
 * region announces, the headings over agreements that match the topic or part
 * of the query but not every word, and the notes for a misspelling or a
 * country the atlas has no page on. A query that matches no agreement says so
 * plainly before anything partial is listed ("No agreement mentions both
 * “Japan” and “whisky”. 70 agreements match part of it, listed below.").
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
  /** Heading of the group of agreements matching part of the query, when there is one. */
  partialHeading?: string;
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

/** "Does not mention “whisky”." under an agreement that matches part of the query. */
export function missingSentence(missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  return `Does not mention ${listed(missing.map(quoted), 'or')}.`;
}

export function describeResults(query: string, plan: QueryPlan, r: RankedResults): ResultWords {
  // The words a page had to match: those that only rank ("signed", "India") are not what it lacks.
  const typed = r.required.length > 0 ? r.required : plan.concepts.map((c) => c.typed);
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
    if (r.partial.length > 0) parts.push(`${r.partial.length} matching most of it`);
    if (others > 0) parts.push(plural(others, 'other result'));
    sentence = `${listed(parts)} for ${quoted(query)}.`;
  } else {
    sentence = noAgreementSentence(typed.length > 0 ? typed : [query]);
    if (r.partial.length > 0)
      sentence += ` ${plural(r.partial.length, 'agreement')} ${r.partial.length === 1 ? 'matches' : 'match'} part of it, listed first.`;
    if (others > 0)
      sentence += ` ${plural(others, 'other page')} ${others === 1 ? 'mentions' : 'mention'} every word.`;
  }
  if (uncovered) sentence += ` The atlas has no page on ${uncovered}.`;
  const status = [sentence, ...corrections].join(' ');

  const relatedHeading = r.related.length === 0 ? undefined : `Other agreements in the ${sectorPhrase}`;
  const partialHeading =
    r.partial.length === 0
      ? undefined
      : noAgreement
        ? 'Agreements matching part of the search'
        : 'Agreements matching most of the search';
  return {
    status,
    noAgreement,
    ...(relatedHeading ? { relatedHeading } : {}),
    ...(partialHeading ? { partialHeading } : {}),
    ...(uncovered ? { uncovered } : {}),
    named,
  };
}
