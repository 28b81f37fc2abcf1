/**
 * Running headers, running footers and page numbers: a line at the top or the foot of a page whose
 * text, digits aside, recurs there on most pages. A recurring line whose number changes from page to
 * page, with few words around it ("12", "Page 2 of 3", "- 4 -"), is a page number.
 */
import type { ConversionRule } from '../../schemas/source.ts';
import type { PdfLine } from './lines.ts';

export interface Furniture {
  line: PdfLine;
  rule: Extract<ConversionRule, 'pdf-running-header' | 'pdf-running-footer' | 'pdf-page-number'>;
}

/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 2;
/** Share of the pages a line must recur on (and at least two). */
const RECURRENCE = 0.4;
/** A page number line has at most this many words besides its numbers ("Page 2 of 3"). */
const PAGE_NUMBER_WORDS = 3;

const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Furniture stands apart: farther from the text beside it than this many of its sizes, or in other type. */
const APART = 1.6;

/**
 * The lines at the top and at the foot of a page, by position on the page (not reading order), that
 * stand apart from the text next to them: a paragraph that happens to recur is not furniture.
 */
function edges(lines: readonly PdfLine[]): { top: PdfLine[]; foot: PdfLine[] } {
  const byHeight = [...lines].sort((a, b) => a.baseline - b.baseline);
  const apart = (line: PdfLine, neighbour: PdfLine | undefined) =>
    neighbour === undefined ||
    Math.abs(neighbour.baseline - line.baseline) > APART * Math.max(line.size, neighbour.size) ||
    Math.abs(neighbour.size - line.size) > 0.1 * neighbour.size;
  const top = byHeight.slice(0, EDGE_LINES).filter((l) => {
    const i = byHeight.indexOf(l);
    return apart(l, byHeight[i + 1]);
  });
  const foot = byHeight
    .slice(-EDGE_LINES)
    .filter((l) => !top.includes(l) && apart(l, byHeight[byHeight.indexOf(l) - 1]));
  return { top, foot };
}

/** A line at the top or foot of its page that is that page's own number, with few words ("Page 1 of 1", "- 3 -"). */
function ownPageNumber(line: PdfLine): boolean {
  const numbers = line.text.match(/\d+/g) ?? [];
  const words = line.text.split(/[^\p{L}]+/u).filter(Boolean).length;
  return numbers[0] === String(line.page) && numbers.length <= 2 && words <= PAGE_NUMBER_WORDS;
}

export function findFurniture(pages: readonly (readonly PdfLine[])[]): Furniture[] {
  const found: Furniture[] = [];
  const needed = Math.max(2, Math.ceil(RECURRENCE * pages.length));
  for (const end of ['top', 'foot'] as const) {
    const byShape = new Map<string, PdfLine[]>();
    for (const lines of pages)
      for (const line of edges(lines)[end]) {
        const key = shape(line.text);
        const seen = byShape.get(key) ?? [];
        // One per page: a shape counts the pages it recurs on.
        if (!seen.some((l) => l.page === line.page)) byShape.set(key, [...seen, line]);
      }
    for (const [key, lines] of byShape) {
      if (lines.length < needed) continue;
      const numbers = new Set(lines.map((l) => l.text.match(/\d+/g)?.join(' ')));
      const words = key
        .replace(/#/g, ' ')
        .split(/[^\p{L}]+/u)
        .filter(Boolean).length;
      const pageNumber = key.includes('#') && numbers.size > 1 && words <= PAGE_NUMBER_WORDS;
      const rule = pageNumber
        ? 'pdf-page-number'
        : end === 'top'
          ? 'pdf-running-header'
          : 'pdf-running-footer';
      for (const line of lines) found.push({ line, rule });
    }
  }
  // A page number that does not recur (a one-page document, a number on some pages only) still says
  // which page it is; at the foot only, where a heading ("Chapter 1") does not stand.
  const taken = new Set(found.map((f) => f.line));
  for (const lines of pages) {
    for (const line of edges(lines).foot)
      if (!taken.has(line) && ownPageNumber(line)) found.push({ line, rule: 'pdf-page-number' });
  }
  return found;
}
