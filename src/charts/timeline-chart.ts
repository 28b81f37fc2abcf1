/**
 * The timeline chart's layout: years across, one row per partner (most
 * agreements first), one dot per dated agreement in the year the sources
 * give, dots of one partner and year stacked upwards. Pure: records in,
 * positions in SVG units out (the chart is drawn at its own size, 1 unit = 1 CSS px).
 */
import { frameworkTypes, type Agreement } from '../schemas/agreement.ts';
import { yearOf } from '../utils/dates.ts';
import { sortedAgreements } from '../utils/agreements.ts';
import { groupBy } from '../utils/group-by.ts';

export interface TimelineMark {
  record: Agreement;
  x: number;
  y: number;
  /** Made to frame others (agreement, MoU, letter of intent…): drawn filled; the rest as rings. */
  framework: boolean;
}

export interface TimelineRow {
  partner: string;
  name: string;
  /** Top of the row and its height. */
  y: number;
  height: number;
  /** Dated agreements drawn in this row. */
  dated: number;
  /** Agreements with this partner whose sources give no date: counted in the last column. */
  undated: number;
}

export interface TimelineChart {
  width: number;
  height: number;
  /** Where the plot starts (after the partner names) and the width of one year. */
  plotX: number;
  /** Where the dated years end, and the middle of the last column, which counts each row's undated agreements. */
  plotEnd: number;
  undatedX: number;
  yearWidth: number;
  firstYear: number;
  lastYear: number;
  /** Labelled years along the axis. */
  ticks: { year: number; x: number }[];
  rows: TimelineRow[];
  marks: TimelineMark[];
  /** A cell with more agreements than the stack holds shows "+N" for the rest (all of them are in the list). */
  more: { x: number; y: number; count: number }[];
  /** Records whose sources give no date: counted per row, not drawn. */
  undated: number;
}

export interface TimelineOptions {
  labelWidth?: number;
  yearWidth?: number;
  /** Vertical distance between stacked dots; their radius is a little under half of it. */
  step?: number;
  /** Dots stacked in one cell before "+N". */
  maxStack?: number;
  axisHeight?: number;
  /** The last column, which counts each row's undated agreements. */
  undatedWidth?: number;
}

/** Tick spacing that keeps labels about 40 units apart: every year, 2, 5, 10, 20, 50… */
function tickEvery(yearWidth: number): number {
  for (const every of [1, 2, 5, 10, 20, 50, 100]) if (every * yearWidth >= 40) return every;
  return 100;
}

export function layoutTimeline(
  records: readonly Agreement[],
  partnerNames: ReadonlyMap<string, string>,
  {
    labelWidth = 130,
    yearWidth = 16,
    step = 13,
    maxStack = 8,
    axisHeight = 26,
    undatedWidth = 80,
  }: TimelineOptions = {},
): TimelineChart | undefined {
  const sorted = sortedAgreements(records);
  const dated = sorted.filter((r) => r.date);
  if (dated.length === 0) return undefined;
  const years = dated.map((r) => yearOf(r.date)!);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const plotX = labelWidth;
  const plotEnd = plotX + (lastYear - firstYear + 1) * yearWidth;
  const width = plotEnd + undatedWidth;
  const name = (p: string) => partnerNames.get(p) ?? p;
  // Every partner with an agreement gets a row, dated or not, most agreements first.
  const byPartner = [...groupBy(sorted, (r) => r.partner)].sort(
    ([a, ra], [b, rb]) => rb.length - ra.length || name(a).localeCompare(name(b), 'en'),
  );

  const rows: TimelineRow[] = [];
  const marks: TimelineMark[] = [];
  const more: TimelineChart['more'] = [];
  let y = axisHeight;
  for (const [partner, all] of byPartner) {
    const items = all.filter((r) => r.date);
    const cells = groupBy(items, (r) => yearOf(r.date)!);
    const tallest = Math.min(maxStack, Math.max(1, ...[...cells.values()].map((c) => c.length)));
    const height = tallest * step + 8;
    const bottom = y + height - 4 - step / 2;
    for (const [year, cell] of cells) {
      const x = plotX + (year - firstYear + 0.5) * yearWidth;
      // A full stack keeps its top place for the "+N" label.
      const shown = cell.length > maxStack ? maxStack - 1 : cell.length;
      cell
        .slice(0, shown)
        .forEach((record, i) =>
          marks.push({ record, x, y: bottom - i * step, framework: frameworkTypes.includes(record.type) }),
        );
      if (shown < cell.length) more.push({ x, y: bottom - shown * step, count: cell.length - shown });
    }
    rows.push({
      partner,
      name: name(partner),
      y,
      height,
      dated: items.length,
      undated: all.length - items.length,
    });
    y += height;
  }
  const every = tickEvery(yearWidth);
  const ticks: TimelineChart['ticks'] = [];
  for (let year = Math.ceil(firstYear / every) * every; year <= lastYear; year += every)
    ticks.push({ year, x: plotX + (year - firstYear + 0.5) * yearWidth });
  return {
    width,
    height: y + 4,
    plotX,
    plotEnd,
    undatedX: plotEnd + undatedWidth / 2 + 8,
    yearWidth,
    firstYear,
    lastYear,
    ticks,
    rows,
    marks,
    more,
    undated: records.length - dated.length,
  };
}
