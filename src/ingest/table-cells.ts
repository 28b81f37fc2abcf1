/**
 * The cells of a table row, as normalisation keeps them: columns separated by a
 * tab (a tab-separated table, or one aligned with spaces; see `normaliseText`),
 * or by " | " (tables converted from Markdown and web pages by `npm run add`).
 * Stages that read names and organisations read them cell by cell, so a name
 * never runs on into the next column ("Department of Atomic Energy Deputy Minister").
 */
export interface Cell {
  text: string;
  /** Where the cell starts and ends in the row's text. */
  start: number;
  end: number;
}

const SEPARATOR = /\t| \| /gu;
const HAS_SEPARATOR = /\t| \| /u;

/** The row's cells in order; text with no separator is one cell. */
export function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    cells.push({ text: text.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  cells.push({ text: text.slice(start), start, end: text.length });
  return cells;
}

/** A row of a table: two or more cells. */
export const isTableRow = (text: string): boolean => HAS_SEPARATOR.test(text);

/** Results found cell by cell, with their positions moved back into the row's text. */
export function perCell<T extends { start: number; end: number }>(
  text: string,
  find: (cell: string) => T[],
): T[] {
  const cells = cellsOf(text);
  if (cells.length === 1) return find(text);
  return cells.flatMap((c) =>
    find(c.text).map((x) => ({ ...x, start: x.start + c.start, end: x.end + c.start })),
  );
}
