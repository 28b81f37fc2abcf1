/**
 * A partner's agreements by decade, as columns: frameworks (agreements,
 * memoranda, letters of intent, partnerships) at the foot of each column,
 * every other instrument above them, and a last column for the agreements
 * whose sources give no date. Every decade between the first and the last is
 * drawn, empty or not, so the gaps in a history show. Pure.
 */
import { frameworkTypes, type Agreement } from '../schemas/agreement.ts';
import { yearOf } from '../utils/dates.ts';
import { groupBy } from '../utils/group-by.ts';

export interface DecadeColumn {
  /** "1980s", or "No date". */
  label: string;
  decade: number | null;
  frameworks: number;
  others: number;
  x: number;
  /** Tops and heights of the two parts, in SVG units. */
  frameworkBar: { y: number; height: number };
  otherBar: { y: number; height: number };
}

export interface DecadeChart {
  width: number;
  height: number;
  /** The baseline of the columns. */
  baseline: number;
  columnWidth: number;
  columns: DecadeColumn[];
}

export interface DecadeOptions {
  columnWidth?: number;
  gap?: number;
  /** Height of the tallest column. */
  plotHeight?: number;
  /** Room above the tallest column (for its count) and below the baseline (for the labels). */
  top?: number;
  bottom?: number;
}

const decadeOf = (r: Agreement) => {
  const y = yearOf(r.date);
  return y === undefined ? null : Math.floor(y / 10) * 10;
};

export function layoutDecades(
  records: readonly Agreement[],
  { columnWidth = 36, gap = 10, plotHeight = 110, top = 20, bottom = 24 }: DecadeOptions = {},
): DecadeChart | undefined {
  if (records.length === 0) return undefined;
  const groups = groupBy(records, decadeOf);
  const decades = [...groups.keys()].filter((d): d is number => d !== null);
  const keys: (number | null)[] = [];
  if (decades.length > 0) for (let d = Math.min(...decades); d <= Math.max(...decades); d += 10) keys.push(d);
  if (groups.has(null)) keys.push(null);
  const max = Math.max(...keys.map((k) => groups.get(k)?.length ?? 0));
  const baseline = top + plotHeight;
  const scale = (n: number) => Math.round((n / max) * plotHeight * 10) / 10;
  const columns = keys.map((decade, i): DecadeColumn => {
    const items = groups.get(decade) ?? [];
    const frameworks = items.filter((r) => frameworkTypes.includes(r.type)).length;
    const others = items.length - frameworks;
    const fh = scale(frameworks);
    const oh = scale(others);
    // The undated column stands apart from the decades: a wider gap before it.
    const x = i * (columnWidth + gap) + (decade === null && i > 0 ? gap : 0);
    return {
      label: decade === null ? 'No date' : `${decade}s`,
      decade,
      frameworks,
      others,
      x,
      frameworkBar: { y: baseline - fh, height: fh },
      otherBar: { y: baseline - fh - oh, height: oh },
    };
  });
  const last = columns.at(-1)!;
  return { width: last.x + columnWidth, height: baseline + bottom, baseline, columnWidth, columns };
}
