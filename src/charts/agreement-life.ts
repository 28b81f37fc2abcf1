/**
 * An agreement's life as the sources date it: when it was signed (or began),
 * renewed or extended, and until when it runs, placed on a line in
 * proportion to time. Only what the record states; nothing is inferred
 * beyond the word for its first date. Pure.
 */
import { frameworkTypes, statusLabels, type Agreement } from '../schemas/agreement.ts';
import { compareIsoDates } from '../utils/dates.ts';

export interface LifeEvent {
  /** "Signed", "Renewed", "Extended until"… */
  label: string;
  date: string;
}

/** The dated events of a record's life, oldest first. */
export function lifeEvents(record: Agreement): LifeEvent[] {
  const status = record.status;
  const events: LifeEvent[] = [];
  if (record.date) {
    // The record's date is when it was signed, launched or established. Where the status names which and
    // gives no other date, that word; otherwise a framework was signed and anything else began.
    const startWord =
      status && ['signed', 'launched', 'established', 'finalised'].includes(status.state) && !status.on
        ? statusLabels[status.state]
        : frameworkTypes.includes(record.type)
          ? 'Signed'
          : 'Began';
    events.push({ label: startWord, date: record.date });
  }
  if (status?.on && status.on !== record.date)
    events.push({ label: statusLabels[status.state], date: status.on });
  if (status?.until) {
    const undatedChange = !status.on && (status.state === 'extended' || status.state === 'renewed');
    events.push({
      label: undatedChange ? `${statusLabels[status.state]} until` : 'Valid until',
      date: status.until,
    });
  }
  return events.sort((a, b) => compareIsoDates(a.date, b.date));
}

/** A date as a fractional year: 2021-03-23 → 2021.22. */
function yearFraction(iso: string): number {
  const [y, m = '1', d = '1'] = iso.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

export interface LifeLine {
  width: number;
  height: number;
  /** The line's height, and its ends. */
  y: number;
  x1: number;
  x2: number;
  events: (LifeEvent & { x: number; above: boolean; anchor: 'start' | 'middle' | 'end' })[];
}

/** Two or more events on a line; undefined for fewer (the facts already say it). */
export function layoutLife(
  events: readonly LifeEvent[],
  { width = 360, margin = 8, minGap = 120 } = {},
): LifeLine | undefined {
  if (events.length < 2) return undefined;
  const years = events.map((e) => yearFraction(e.date));
  const first = years[0]!;
  const span = years.at(-1)! - first;
  const x1 = margin;
  const x2 = width - margin;
  let previousBelow = -Infinity;
  const placed = events.map((e, i) => {
    const x =
      span > 0 ? x1 + ((years[i]! - first) / span) * (x2 - x1) : x1 + (i / (events.length - 1)) * (x2 - x1);
    // Labels sit below the line; one too close to the previous goes above it.
    const above = x - previousBelow < minGap;
    if (!above) previousBelow = x;
    const anchor: 'start' | 'middle' | 'end' = i === 0 ? 'start' : i === events.length - 1 ? 'end' : 'middle';
    return { ...e, x: Math.round(x * 10) / 10, above, anchor };
  });
  const anyAbove = placed.some((e) => e.above);
  const y = anyAbove ? 44 : 10;
  return { width, height: y + 44, y, x1, x2, events: placed };
}
