/**
 * A result's excerpt: the stretch of the page's indexed text with the most
 * matched words, the words marked. On an agreement page the indexed text is
 * the quoted source sentences, each one an anchor (src/pages/agreements/[id].astro),
 * so the excerpt is taken from inside the quote that matched and never runs
 * into the next. Built from Pagefind's fragment (its `content`, the word
 * positions of the matches and the anchors) rather than Pagefind's own
 * excerpt, which marks only the words of the one search it came from, while a
 * query here is several searches (src/search/plan-query.ts). Pure.
 */

/** A piece of an excerpt: text, and whether it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Pagefind's word separator: content split on it gives the words that locations count. */
const SEPARATOR = /[^\S\uFEFF]+/;

export interface ExcerptInput {
  /** The fragment's content: the page's indexed text. */
  content: string;
  /** Positions (word indexes into content) of the matched words. */
  words: readonly number[];
  /** Word positions where a region starts (anchors): the excerpt stays within one. */
  boundaries?: readonly number[];
  /** Words in the excerpt. */
  length: number;
}

/** Words at and after `start` up to the next boundary. */
function regionOf(at: number, boundaries: readonly number[], total: number): [number, number] {
  let start = 0;
  let end = total;
  for (const b of boundaries) {
    if (b <= at) start = Math.max(start, b);
    else {
      end = Math.min(end, b);
      break;
    }
  }
  return [start, end];
}

export function buildExcerpt({ content, words, boundaries = [], length }: ExcerptInput): ExcerptPart[] {
  // Unfiltered: Pagefind's word positions count every piece, even an empty first one.
  const tokens = content.split(SEPARATOR);
  if (content.trim() === '') return [];
  const marked = new Set(words.filter((w) => w >= 0 && w < tokens.length));
  const bounds = [...boundaries].filter((b) => b > 0 && b < tokens.length).sort((a, b) => a - b);

  // The window of `length` words with the most matches, inside one region; ties go to the earliest.
  let best = { start: 0, end: Math.min(length, tokens.length), hits: -1 };
  const starts = marked.size > 0 ? [...marked] : [0];
  for (const at of starts) {
    const [rs, re] = regionOf(at, bounds, tokens.length);
    // Centre the window on the match, kept inside its region.
    const start = Math.max(rs, Math.min(at - Math.floor(length / 3), re - length));
    const end = Math.min(re, start + length);
    let hits = 0;
    for (let i = start; i < end; i++) if (marked.has(i)) hits++;
    if (hits > best.hits) best = { start, end, hits };
  }
  if (marked.size === 0) {
    const [, re] = regionOf(0, bounds, tokens.length);
    best = { start: 0, end: Math.min(re, length), hits: 0 };
  }

  const [regionStart, regionEnd] = regionOf(best.start, bounds, tokens.length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (best.start > regionStart) push('… ', false);
  for (let i = best.start; i < best.end; i++) {
    if (i > best.start) push(' ', false);
    const token = tokens[i]!;
    if (!marked.has(i)) {
      push(token, false);
      continue;
    }
    // Mark the word, not the punctuation around it: “(JAXA).” → “(” JAXA “).”
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token)!;
    if (m[1]) push(m[1], false);
    push(m[2] || token, true);
    if (m[3]) push(m[3], false);
  }
  if (best.end < regionEnd) push(' …', false);
  return parts;
}

/**
 * A country or sector page's lede: its first sentences up to `length` words,
 * after the title, with matched words marked. Their bodies are mostly tables
 * and lists, whose cells Pagefind runs together ("nuclearNamePartnerType…"),
 * so a window around the matches would read as noise.
 */
export function ledeExcerpt(content: string, words: readonly number[], length: number): ExcerptPart[] {
  const tokens = content.split(SEPARATOR);
  // The first token ending a sentence closes the title; the lede runs to the end of the next sentence.
  const titleEnd = tokens.findIndex((t) => /[.:]$/.test(t));
  const start = titleEnd + 1;
  let end = tokens.findIndex((t, i) => i >= start && /[.]$/.test(t));
  if (end < 0 || end - start + 1 > length) end = Math.min(tokens.length, start + length) - 1;
  return buildExcerpt({
    content: tokens.slice(start, end + 1).join(' '),
    words: words.map((w) => w - start),
    length,
  });
}
