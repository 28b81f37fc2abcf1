/**
 * Lines in reading order → paragraphs. A paragraph ends where the type changes size, where the gap to
 * the next line is wider than the document's line spacing, where a line stops short of its column's
 * edge by more than the next line's first word, where a list item starts, or where an indented line
 * follows a finished sentence. Across a page or column break only the last three can end it, so a
 * sentence cut by a page break reads whole again. The footnotes of a page follow the paragraph that was
 * running when the page ended.
 */
import type { PdfLine } from './lines.ts';
import { noteText, type PageFlow } from './footnotes.ts';
import { keepsHyphen, type Spelling } from './words.ts';

/** Type this much larger than the body is a heading: its lines join only each other. */
const HEADING_SIZE = 1.15;
/** A gap this much wider than the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.25;
/** An indent of more than this many font sizes starts a paragraph (after a finished sentence). */
const INDENT = 0.8;

const BULLET = /^[•◦▪‣●○■□➢✓]\s/u;
/** "1)", "(a)", "iv." open a list item only after a finished sentence or a colon: inline they are not one. */
const ENUMERATOR = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s/u;
const SENTENCE_END = /[.!?:;"”’)]$/u;

/**
 * Joins two lines of a paragraph: with a space, or across a line-end hyphen with or without it (see
 * words.ts). A soft hyphen always goes; a dash, or an address cut at one of its separators, joins
 * without a space.
 */
export function joinLines(before: string, after: string, spelling: Spelling): string {
  if (before.endsWith('\u00AD')) return before.slice(0, -1) + after;
  // An address cut at one of its separators continues without a space, its hyphens kept.
  if (/(?:https?:\/\/|www\.)\S*[/._?#&=-]$/u.test(before)) return before + after;
  const hyphen = /([\p{L}\p{N}]+)[-‐]$/u.exec(before);
  if (hyphen) {
    const head = /^[\p{L}\p{N}]*/u.exec(after)![0];
    return keepsHyphen(hyphen[1]!, head, after, spelling) ? before + after : before.slice(0, -1) + after;
  }
  if (/\S[–—]$/u.test(before)) return before + after;
  return `${before} ${after}`;
}

export const joinAll = (lines: readonly PdfLine[], spelling: Spelling): string =>
  lines.map((l) => l.text).reduce((text, next) => joinLines(text, next, spelling));

/** The usual distance between baselines, in font sizes, over lines that follow each other in a column. */
export function lineSpacing(flows: readonly PageFlow[]): number {
  const ratios: number[] = [];
  for (const { flow } of flows)
    for (let i = 1; i < flow.length; i++) {
      const [a, b] = [flow[i - 1]!, flow[i]!];
      if (a.column === b.column && Math.abs(a.size - b.size) < 0.05 * a.size && b.baseline > a.baseline)
        ratios.push((b.baseline - a.baseline) / a.size);
    }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? 1.2;
}

function endsParagraph(a: PdfLine, b: PdfLine, bodySize: number, spacing: number): boolean {
  const heading = (l: PdfLine) => l.size > HEADING_SIZE * bodySize;
  if (Math.abs(a.size - b.size) > 0.1 * Math.max(a.size, b.size) || heading(a) !== heading(b)) return true;
  const sameColumn = a.page === b.page && a.column === b.column && b.baseline > a.baseline;
  if (sameColumn && b.baseline - a.baseline > PARAGRAPH_GAP * spacing * a.size) return true;
  // A heading's lines stand together in one column; it does not run on over a break.
  if (heading(a)) return !sameColumn;
  if (BULLET.test(b.text) || (ENUMERATOR.test(b.text) && SENTENCE_END.test(a.text))) return true;
  // Would the next line's first word have fitted at the end of this one? Then this one ended on purpose.
  const firstWord = b.text.split(' ')[0]!;
  const charWidth = (b.x1 - b.x0) / Math.max(1, b.text.length);
  if (a.right - a.x1 > (firstWord.length + 1) * charWidth) return true;
  const indented = b.x0 - b.left > INDENT * b.size && Math.abs(b.x0 - a.x0) > 0.5 * b.size;
  return indented && SENTENCE_END.test(a.text);
}

/** One paragraph per string, in reading order, each page's footnotes after the paragraph running at its end. */
export function toParagraphs(flows: readonly PageFlow[], bodySize: number, spelling: Spelling): string[] {
  const spacing = lineSpacing(flows);
  const out: string[] = [];
  let current: PdfLine[] = [];
  let pendingNotes: PdfLine[][] = [];
  const endParagraph = () => {
    if (current.length > 0) out.push(joinAll(current, spelling));
    for (const note of pendingNotes) out.push(noteText(note, (ls) => joinAll(ls, spelling)));
    current = [];
    pendingNotes = [];
  };
  for (const { flow, notes } of flows) {
    for (const line of flow) {
      const last = current.at(-1);
      if (last && endsParagraph(last, line, bodySize, spacing)) endParagraph();
      current.push(line);
    }
    pendingNotes.push(...notes);
    // A page that ends with no paragraph running puts its notes out at once.
    if (current.length === 0) endParagraph();
  }
  endParagraph();
  return out;
}
