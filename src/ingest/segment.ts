/**
 * Stage 3: text to blocks (paragraphs and headings) and blocks to sentences.
 * A block is one non-empty line: the sources are extracted web pages and PDFs
 * where a line is the only paragraph mark they reliably keep.
 */
export interface Line {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
}

export interface Block extends Line {
  kind: 'heading' | 'paragraph';
  /** Stable id: derived from the block's own words, so it survives edits elsewhere. */
  anchor: string;
  sentences: string[];
}

export function textToLines(text: string): Line[] {
  return text
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text.trim() !== '');
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which the segmenter's break is not a sentence end. */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|Shri|Smt|St|No|Nos|Govt|Univ|Agri|Dept|viz|vs|etc|i\.e|e\.g|H\.E|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

/** Splits a paragraph into sentences; their concatenation (with single spaces) is the paragraph. */
export function splitSentences(paragraph: string): string[] {
  const pieces = Array.from(segmenter.segment(paragraph), (s) => s.segment.trim()).filter((s) => s !== '');
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && ABBREVIATION_END.test(last)) merged[merged.length - 1] = `${last} ${piece}`;
    else merged.push(piece);
  }
  return merged;
}

/**
 * A heading is a short line with no sentence punctuation that introduces a
 * longer one. Wrongly calling a paragraph a heading loses nothing: it is
 * still shown, only larger.
 */
export function looksLikeHeading(text: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (text.length > 80 || text.split(' ').length > 12) return false;
  if (!/^[\p{Lu}\p{N}‘“"']/u.test(text)) return false;
  if (/[.,;!?]$/.test(text) || /[.;!?]\s/.test(text)) return false;
  if (/https?:|www\.|@/.test(text)) return false;
  return next.length > text.length * 1.5;
}

const MAX_ANCHOR_WORDS = 6;

export function slugifyWords(text: string, maxWords = MAX_ANCHOR_WORDS): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Turns kept lines into blocks with unique anchors, in document order. */
export function linesToBlocks(lines: readonly Line[]): Block[] {
  const used = new Map<string, number>();
  return lines.map((l, i) => {
    const kind = looksLikeHeading(l.text, lines[i + 1]?.text) ? 'heading' : 'paragraph';
    const base = `${kind === 'heading' ? 'h' : 'p'}-${slugifyWords(l.text) || String(i + 1)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...l, kind, anchor: n === 1 ? base : `${base}-${n}`, sentences: splitSentences(l.text) };
  });
}
