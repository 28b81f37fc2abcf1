/**
 * A page's text runs → lines in reading order. Runs sharing a baseline form a row; a row splits where a
 * gap is wider than any word space (the gutter between columns). A gutter is a vertical strip that
 * almost no line crosses with text on both sides of it; lines on either side are columns, read one
 * after the other, and a line that crosses it (a title, a wide figure caption) is read where it stands.
 * Raised small digits (footnote markers, powers) become superscript digits, so "Council⁵" never reads
 * as "Council5".
 */
import type { PdfPage, TextRun } from './read-pdf.ts';

export interface PdfLine {
  page: number;
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  /** The size of the line's main text (not of its superscripts). */
  size: number;
  /** 0, 1 … from the left; -1 for a line across the columns. */
  column: number;
  /** Edges of the line's column on this page, to tell an indented or short line from a full one. */
  left: number;
  right: number;
}

/** A word space is about a quarter of the font size; a gutter is wider than this many font sizes. */
const GUTTER_GAP = 1.5;
/** A gutter is crossed by at most this share of the lines beside it. */
const GUTTER_CROSSING = 0.3;
/** A raised run this much smaller than its line, and this far above its baseline, is a superscript. */
const SUPERSCRIPT_SIZE = 0.85;
const SUPERSCRIPT_RISE = 0.15;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const toScript = (text: string, digits: string) => text.replace(/[0-9]/g, (d) => digits[Number(d)]!);

interface Row {
  baseline: number;
  size: number;
  runs: TextRun[];
}

/** Runs to rows: the largest text sets each row's baseline; smaller runs within half a size of it join. */
function toRows(runs: readonly TextRun[]): Row[] {
  const rows: Row[] = [];
  for (const run of [...runs].sort((a, b) => b.size - a.size || a.y - b.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r.baseline - run.y) <= 0.5 * Math.max(r.size, run.size));
    if (row) row.runs.push(run);
    else rows.push({ baseline: run.y, size: run.size, runs: [run] });
  }
  for (const r of rows) r.runs.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => a.baseline - b.baseline);
}

interface Fragment {
  row: Row;
  runs: TextRun[];
  x0: number;
  x1: number;
}

function toFragments(row: Row): Fragment[] {
  const out: Fragment[] = [];
  for (const run of row.runs) {
    const last = out.at(-1);
    if (last && run.x - last.x1 <= GUTTER_GAP * row.size) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else out.push({ row, runs: [run], x0: run.x, x1: run.x + run.width });
  }
  return out;
}

/** The text of runs on one row: spaces where the PDF leaves a gap, superscripts marked. */
function rowText(runs: readonly TextRun[], row: Row): string {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const small = run.size < SUPERSCRIPT_SIZE * row.size;
    const raised = small && row.baseline - run.y > SUPERSCRIPT_RISE * row.size;
    const lowered = small && run.y - row.baseline > SUPERSCRIPT_RISE * row.size;
    const piece = raised
      ? toScript(run.text, SUPERSCRIPT_DIGITS)
      : lowered
        ? toScript(run.text, SUBSCRIPT_DIGITS)
        : run.text;
    const gap = run.x - end;
    if (text !== '' && gap > 0.15 * row.size && !/\s$/.test(text) && !/^\s/.test(piece)) text += ' ';
    text += piece;
    end = Math.max(end, run.x + run.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Vertical strips of the page that columns of text stand on either side of. */
function findGutters(fragments: readonly Fragment[], pageWidth: number): Gutter[] {
  if (fragments.length < 6) return [];
  const width = Math.ceil(pageWidth) + 1;
  const coverage = new Array<number>(width).fill(0);
  for (const f of fragments)
    for (let x = Math.max(0, Math.floor(f.x0)); x < Math.min(width, Math.ceil(f.x1)); x++) coverage[x]!++;
  const busiest = Math.max(...coverage);
  // Titles, running heads and page numbers may cross a gutter: a few lines, however short the page.
  const low = Math.max(1, Math.floor(GUTTER_CROSSING * busiest));
  // Text may stand partly off the page; only the page is searched.
  const start = Math.max(0, Math.floor(Math.min(...fragments.map((f) => f.x0))));
  const end = Math.min(width - 1, Math.ceil(Math.max(...fragments.map((f) => f.x1))));
  const sizes = fragments.map((f) => f.row.size).sort((a, b) => a - b);
  const minWidth = 0.8 * sizes[Math.floor(sizes.length / 2)]!;
  const gutters: Gutter[] = [];
  let x = start;
  while (x < end) {
    if (coverage[x]! > low) {
      x++;
      continue;
    }
    let g1 = x;
    while (g1 < end && coverage[g1]! <= low) g1++;
    const [g0, gEnd] = [x, g1];
    x = g1;
    if (gEnd - g0 < minWidth || g0 <= start || gEnd >= end) continue;
    const left = fragments.filter((f) => f.x1 <= g0 + 1);
    const right = fragments.filter((f) => f.x0 >= gEnd - 1);
    // Both sides hold a column: several lines, many more than cross the gutter (the last page's second
    // column may be short).
    const most = (lo: number, hi: number) => Math.max(...coverage.slice(lo, hi));
    const crossing = most(g0, gEnd);
    if (
      left.length >= 3 &&
      right.length >= 3 &&
      most(start, g0) > 2 * crossing &&
      most(gEnd, end) > 2 * crossing
    )
      gutters.push([g0, gEnd]);
  }
  return gutters;
}

function columnOf(f: { x0: number; x1: number }, gutters: readonly Gutter[]): number {
  let column = 0;
  for (const [g0, g1] of gutters) {
    if (f.x1 <= g0 + 1) return column;
    if (f.x0 < g1 - 1) return -1;
    column++;
  }
  return column;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

export type Gutter = [number, number];

/** A page's text in body type, as fragments: what its columns are found from. */
function bodyFragments(page: PdfPage): Fragment[] {
  const fragments = toRows(page.runs.filter((r) => !r.rotated)).flatMap(toFragments);
  if (fragments.length === 0) return [];
  // Titles, running heads and footers are the lines that cross columns: they are left out.
  const bodySize = mostCommon(fragments.map((f) => f.row.size));
  return fragments.filter((f) => Math.abs(f.row.size - bodySize) <= 0.1 * bodySize);
}

/**
 * The gutters of every page. A page too short to show its columns by itself (the last page, whose second
 * column holds two lines) keeps those of the page before when none of its body text crosses them.
 */
export function documentGutters(pages: readonly PdfPage[]): Gutter[][] {
  const out: Gutter[][] = [];
  for (const page of pages) {
    const fragments = bodyFragments(page);
    let gutters = findGutters(fragments, page.width);
    const previous = out.at(-1) ?? [];
    if (gutters.length === 0 && previous.length > 0 && fragments.length > 0) {
      const fits = previous.every(([g0, g1]) => !fragments.some((f) => f.x0 < g1 - 1 && f.x1 > g0 + 1));
      if (fits) gutters = previous;
    }
    out.push(gutters);
  }
  return out;
}

/** Lines of one page, furniture and footnotes included, in reading order. */
export function pageLines(page: PdfPage, gutters: readonly Gutter[]): PdfLine[] {
  const fragments = toRows(page.runs.filter((r) => !r.rotated)).flatMap(toFragments);
  // With the columns known, rows are found again within each: a heading in one column must not set the
  // baseline (or the size that superscripts are measured against) of the text beside it.
  const runsByColumn = new Map<number, TextRun[]>();
  for (const f of fragments) {
    const c = columnOf(f, gutters);
    runsByColumn.set(c, [...(runsByColumn.get(c) ?? []), ...f.runs]);
  }
  const lines: PdfLine[] = [];
  for (const [column, columnRuns] of runsByColumn)
    for (const row of toRows(columnRuns)) {
      const text = rowText(row.runs, row);
      if (text === '') continue;
      lines.push({
        page: page.number,
        text,
        x0: Math.min(...row.runs.map((r) => r.x)),
        x1: Math.max(...row.runs.map((r) => r.x + r.width)),
        baseline: row.baseline,
        size: row.size,
        column,
        left: 0,
        right: 0,
      });
    }
  // Reading order: down the page; between two lines that cross the columns, column by column.
  const ordered: typeof lines = [];
  let band: typeof lines = [];
  const flush = () => {
    ordered.push(...band.sort((a, b) => a.column - b.column || a.baseline - b.baseline || a.x0 - b.x0));
    band = [];
  };
  for (const line of lines.sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)) {
    if (line.column === -1) {
      flush();
      ordered.push(line);
    } else band.push(line);
  }
  flush();
  // A column's edges, from the lines in its main type (footnotes and long addresses aside): its left
  // margin, and the right edge three lines in four reach (justified lines all do; a ragged line that
  // ended because the next word did not fit reaches it within that word).
  const edges = new Map<number, { left: number; right: number }>();
  for (const column of new Set(ordered.map((l) => l.column))) {
    const mine = ordered.filter((l) => l.column === column);
    const main = mine.filter((l) => l.size === mostCommon(mine.map((m) => m.size)));
    const ends = main.map((l) => l.x1).sort((a, b) => a - b);
    edges.set(column, {
      left: Math.min(...main.map((l) => l.x0)),
      right: ends[Math.floor(0.75 * (ends.length - 1))]!,
    });
  }
  return ordered.map((l) => ({ ...l, ...edges.get(l.column)! }));
}

/** Rotated runs of a page, as lines of text: they stand outside the reading order. */
export function rotatedText(page: PdfPage): string[] {
  const rotated = page.runs.filter((r) => r.rotated);
  return rotated.length === 0
    ? []
    : [
        rotated
          .map((r) => r.text)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ];
}
