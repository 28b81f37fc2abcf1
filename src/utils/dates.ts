/**
 * Dates as sources state them (`2006`, `2006-12`, `2006-12-08`) to dates as
 * people read them ("8 December 2006"). No clock, no time zone: a date is text.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? iso;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The year of an ISO date, or undefined when there is none. */
export function yearOf(iso: string | null | undefined): number | undefined {
  return iso ? Number(iso.slice(0, 4)) : undefined;
}

/** Compares ISO dates of mixed precision; a missing date sorts last. */
export function compareIsoDates(a: string | null | undefined, b: string | null | undefined): number {
  if (!a) return b ? 1 : 0;
  if (!b) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Documents newest first; undated ones last, then by title, so every list of them has one stable order. */
export function compareNewestFirst(
  a: { published?: string | undefined; title: string },
  b: { published?: string | undefined; title: string },
): number {
  // Not compareIsoDates(b, a): swapping the arguments would also swap "undated last" into "undated first".
  if (!a.published !== !b.published) return a.published ? -1 : 1;
  return compareIsoDates(b.published, a.published) || a.title.localeCompare(b.title, 'en');
}
