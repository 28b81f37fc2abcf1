/**
 * A ranked hit and its page data → what a result shows: its link (with the
 * words to mark on the opened page), title, a facts line and the excerpt.
 *
 * - An agreement: its name; partner, type and date; the quoted source
 *   sentence that matched (src/search/excerpt.ts); when it matches only part
 *   of the query, the words it does not mention.
 * - A passage: the source it is from and the section it is in; the paragraph.
 * - A country or sector page: its title and its lede; a source page: its title, kind and date.
 *
 * Pure; the controller turns it into DOM with text nodes only.
 */
import { buildExcerpt, ledeExcerpt, type ExcerptPart } from './excerpt.ts';
import type { QueryPlan } from './plan-query.ts';
import type { RankedHit } from './rank-results.ts';
import { formatIsoDate } from '../utils/dates.ts';
import { missingSentence } from './describe-results.ts';

/** The fields of Pagefind's result data read here (src/client/search/pagefind-client.ts). */
export interface HitData {
  raw_url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: readonly { id: string; location: number }[];
}

export interface DisplayHit {
  url: string;
  title: string;
  facts: string;
  excerpt: ExcerptPart[];
  /** For an agreement that matches part of the query: the words it does not mention. */
  missing?: string;
}

/** Words in an excerpt: a phone shows about three lines of it. */
export const EXCERPT_WORDS = 30;
/** At most this many words are carried to the opened page to be marked. */
const MAX_HIGHLIGHT = 8;

/**
 * The index puts a hyphen after each dash that joins two words (“ISRO–-JAXA”,
 * src/integrations/pagefind.ts); what a result shows is the page's own text.
 */
export const withoutIndexHyphens = (text: string) => text.replace(/([\u2010-\u2015\u2212])-/g, '$1');

/** The words of the concepts this page matched, to mark on it. */
export function highlightWords(plan: QueryPlan, hit: RankedHit): string[] {
  const words = plan.concepts
    .filter((c) => !hit.missing.includes(c.typed))
    .flatMap((c) => c.highlight)
    .map((w) => w.toLowerCase());
  return [...new Set(words)].slice(0, MAX_HIGHLIGHT);
}

/** The address with `param=word` for each word, before any #fragment. */
export function withHighlight(rawUrl: string, param: string, words: readonly string[]): string {
  const url = new URL(rawUrl, 'https://atlas.invalid');
  for (const w of words) url.searchParams.append(param, w);
  return url.pathname + url.search + url.hash;
}

const first = (values: readonly string[] | undefined) => values?.[0];
const dateOf = (iso: string | undefined) => (iso ? formatIsoDate(iso) : undefined);
const joined = (parts: (string | undefined)[]) => parts.filter((x): x is string => Boolean(x)).join(' · ');

export function displayHit(
  hit: RankedHit,
  data: HitData,
  plan: QueryPlan | undefined,
  highlightParam: string,
): DisplayHit {
  const words = plan ? highlightWords(plan, hit) : [];
  const url = withHighlight(data.raw_url, highlightParam, words);
  const boundaries =
    hit.kind === 'agreement'
      ? data.anchors.filter((a) => a.id.startsWith('quote-')).map((a) => a.location)
      : [];
  const lede = hit.kind === 'country' || hit.kind === 'sector';
  const excerpt = (
    lede
      ? ledeExcerpt(data.content, hit.words, EXCERPT_WORDS)
      : buildExcerpt({ content: data.content, words: hit.words, boundaries, length: EXCERPT_WORDS })
  ).map((p) => ({ ...p, text: withoutIndexHyphens(p.text) }));
  const m = data.meta;
  const f = data.filters;
  switch (hit.kind) {
    case 'agreement': {
      const missing = missingSentence(hit.missing);
      return {
        url,
        title: withoutIndexHyphens(m['title'] ?? url),
        facts: joined([m['partner'], m['type'], dateOf(m['date'])]),
        excerpt,
        ...(missing ? { missing } : {}),
      };
    }
    case 'passage': {
      const section = first(f['section']);
      return {
        url,
        title: withoutIndexHyphens(first(f['source']) ?? url),
        facts: joined([
          section ? `Passage in “${withoutIndexHyphens(section)}”` : 'Passage',
          first(f['document']),
          dateOf(first(f['published'])),
        ]),
        excerpt,
      };
    }
    case 'sector':
      return { url, title: withoutIndexHyphens(m['title'] ?? url), facts: 'Sector', excerpt };
    default:
      return {
        url,
        title: withoutIndexHyphens(m['title'] ?? url),
        facts: joined([m['type'], dateOf(m['date'])]),
        excerpt,
      };
  }
}
