/**
 * Footnotes: the lines in smaller type at the foot of a column, from the first that opens with a note
 * marker ("⁴", "4", "*", "†"). They are taken out of the flow so that a sentence running across the page
 * break reads whole, and are put back after the paragraph that was running when the page ended.
 */
import type { PdfLine } from './lines.ts';

export interface PageFlow {
  /** The page's text lines in reading order, footnotes taken out. */
  flow: PdfLine[];
  /** The page's footnotes, each as its lines. */
  notes: PdfLine[][];
}

/** Footnote type is at most this share of the body text's size. */
const NOTE_SIZE = 0.9;

const MARKER = /^(?:[⁰¹²³⁴-⁹]+|\d{1,3}(?=\s)|[*†‡§¶]+)/u;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A note's text with its marker as superscript digits and one space after it: "⁴ https://…". */
export function noteText(lines: readonly PdfLine[], join: (lines: readonly PdfLine[]) => string): string {
  const text = join(lines);
  const marker = MARKER.exec(text)?.[0] ?? '';
  const rest = text.slice(marker.length).trimStart();
  return `${marker.replace(/[0-9]/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!)} ${rest}`;
}

export function splitFootnotes(lines: readonly PdfLine[], bodySize: number): PageFlow {
  const flow: PdfLine[] = [];
  const notes: PdfLine[][] = [];
  // Reading order keeps each column's lines together: look at the foot of each.
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end]!.column === lines[start]!.column) end++;
    const column = lines.slice(start, end);
    let foot = column.length;
    while (foot > 0 && column[foot - 1]!.size <= NOTE_SIZE * bodySize) foot--;
    const lowestBody = Math.max(-Infinity, ...column.slice(0, foot).map((l) => l.baseline));
    let first = foot;
    while (
      first < column.length &&
      !(MARKER.test(column[first]!.text) && column[first]!.baseline > lowestBody)
    )
      first++;
    flow.push(...column.slice(0, first));
    for (const line of column.slice(first)) {
      if (MARKER.test(line.text) || notes.length === 0) notes.push([line]);
      else notes.at(-1)!.push(line);
    }
    start = end;
  }
  return { flow, notes };
}
