/**
 * A table row's cells, as normalisation keeps them (a tab, or " | " from converted
 * Markdown and web pages), so names and organisations are read cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { cellsOf, isTableRow, perCell } from '../../src/ingest/table-cells.ts';
import { findMentions } from '../../src/ingest/agreements/mentions.ts';

describe('cellsOf', () => {
  it('splits at tabs and at " | ", with each cell’s place in the row', () => {
    const row = '3.\tMoU on atomic energy\tSecretary, Department of Atomic Energy';
    expect(cellsOf(row).map((c) => [c.text, row.slice(c.start, c.end)])).toEqual([
      ['3.', '3.'],
      ['MoU on atomic energy', 'MoU on atomic energy'],
      ['Secretary, Department of Atomic Energy', 'Secretary, Department of Atomic Energy'],
    ]);
    expect(cellsOf('1 | MoU | DST').map((c) => c.text)).toEqual(['1', 'MoU', 'DST']);
  });
  it('reads a sentence with no separator as one cell', () => {
    expect(isTableRow('India and Japan signed an MoU.')).toBe(false);
    expect(isTableRow('1 | MoU | DST')).toBe(true);
  });
  it('moves what it finds in a cell back to the row’s positions', () => {
    expect(perCell('a\tbcd', (cell) => [{ start: 0, end: cell.length }])).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 5 },
    ]);
  });
  it('never runs a name on into the next column', () => {
    const row = '4.\tJoint Declaration of Intent on ICT\tDeputy Minister, Natural Resources Canada';
    expect(findMentions(row).map((m) => row.slice(m.start, m.end))).toEqual([
      'Joint Declaration of Intent on ICT',
    ]);
  });
});
