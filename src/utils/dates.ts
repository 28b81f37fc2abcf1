/**
 * Dates as sources state them (`2006`, `2006-12`, `2006-12-08`) to dates as
 * people read them ("8 December 2006"). No clock, no time zone: a date is text.
 */
/** The months as texts name them, January first: the one list every reader of dates uses. */
export const MONTH_NAMES = [
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
] as const;

/** Month names and the short forms texts write ("Feb", "Sept"), longest first. */
export const MONTH_WORDS: readonly string[] = [
  ...MONTH_NAMES,
  ...MONTH_NAMES.map((m) => m.slice(0, 3)).filter((m) => m !== 'May'),
  'Sept',
].sort((a, b) => b.length - a.length);

/** A month word as a regular-expression alternation (no group), for patterns that read dates. */
export const MONTH_PATTERN = MONTH_WORDS.join('|');

/** 1–12 for a month word in any case ("sept", "Feb"), undefined for anything else. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w.slice(0, 3)));
  return i >= 0 && MONTH_WORDS.some((m) => m.toLowerCase() === w) ? i + 1 : undefined;
}

export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
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
