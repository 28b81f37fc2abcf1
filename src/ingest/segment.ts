/**
 * Stage 3: text to blocks (paragraphs and headings) and blocks to sentences.
 * A block is one non-empty line: the sources are extracted web pages and PDFs
 * where a line is the only paragraph mark they reliably keep.
 */
import { MONTH_NAMES, MONTH_WORDS } from '../utils/dates.ts';

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
const ABBREVIATION_END = new RegExp(
  `(?:^|[\\s(])(?:Dr|Mr|Mrs|Ms|Prof|Shri|Smt|St|No|Nos|Govt|Univ|Agri|Dept|viz|vs|etc|i\\.e|e\\.g|H\\.E|U\\.S|U\\.K|${MONTH_WORDS.filter((m) => !(MONTH_NAMES as readonly string[]).includes(m)).join('|')}|Pvt|Ltd|Co|Inc|Corp|Bros|[A-Z])\\.$`,
);

/**
 * Splits a (normalised, trimmed) paragraph into sentences; joined with single
 * spaces they are the paragraph again, character for character. So a break is
 * kept only where the segmenter's piece ends in one plain space: it also breaks
 * after "?" or "." with no space at all (".Ɓ."), and there a space would be invented.
 */
export function splitSentences(paragraph: string): string[] {
  const merged: string[] = [];
  let open = false;
  for (const { segment } of segmenter.segment(paragraph)) {
    const last = merged.at(-1);
    if (last !== undefined && (open || ABBREVIATION_END.test(last)))
      merged[merged.length - 1] = `${last}${open ? '' : ' '}${segment}`;
    else merged.push(segment);
    open = !merged.at(-1)!.endsWith(' ');
    if (!open) merged[merged.length - 1] = merged.at(-1)!.slice(0, -1);
  }
  // "… basin management.[2] In 2021 …", "… sector.³ The …": a footnote marker after the full stop hides the break.
  return merged.flatMap((s) => s.split(AFTER_NOTE_MARKER)).filter((s) => s !== '');
}

/** The space after "end.[2]" or "end.³" where a new sentence starts. */
const AFTER_NOTE_MARKER = /(?<=[.!?]["”’)]?(?:\[\d{1,3}\]|\p{No}{1,3})) (?=["“]?\p{Lu})/u;

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
