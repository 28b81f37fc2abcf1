/**
 * Dates as sources write them ("8th December 2006", "Feb 2012", "F.Y. 2020-21",
 * "December 06-07, 2021", "in 2015") to ISO dates at the precision the text
 * gives. Nothing is guessed: a month with no year, "last month" or "earlier
 * this year" is no date at all.
 */
import * as chrono from 'chrono-node';
import { MONTH_NAMES, MONTH_PATTERN, monthNumber } from '../../utils/dates.ts';

export interface FoundDate {
  iso: string;
  /** Where the date's words start and end in the text. */
  start: number;
  end: number;
  /** `until` for "till 15th February 2012", "upto March 2023", "by 2030": an end, not an event. */
  role: 'when' | 'until';
}

const MONTH = `(${MONTH_PATTERN})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "06-07", "9 and 10", "8-9": a span of days; the first is the date. */
const DAY_SPAN = `${DAY}(?:\\s*(?:[-–]|and|&)\\s*\\d{1,2}(?:st|nd|rd|th)?)?`;
const YEAR = '((?:1[89]|20)\\d{2})';
const END = "(?![\\p{L}\\p{N}])(?!['’]?s\\b)";
const START = '(?<![\\p{L}\\p{N}$.,])';

interface Pattern {
  re: RegExp;
  toIso(m: RegExpExecArray): string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
function ymd(year: string, month: string, day?: string): string | undefined {
  const m = monthNumber(month);
  if (m === undefined) return undefined;
  if (day === undefined) return `${year}-${pad(m)}`;
  const d = Number(day);
  const days = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= days ? `${year}-${pad(m)}-${pad(d)}` : undefined;
}

/** Most specific first; each match masks its span so "8th December 2006" is not also "December 2006" and "2006". */
const PATTERNS: Pattern[] = [
  // 8th December 2006, 29th October, 2018, 13 Oct 2014, 06-07 December 2021
  {
    re: new RegExp(`${START}${DAY_SPAN}\\s+${MONTH},?\\s+${YEAR}${END}`, 'gu'),
    toIso: (m) => ymd(m[3]!, m[2]!, m[1]!),
  },
  // November 12, 2021, December 06-07, 2021, Sept 9 and 10, 2020, February 21st, 2020
  {
    re: new RegExp(`${START}${MONTH}\\s+${DAY_SPAN},?\\s+${YEAR}${END}`, 'gu'),
    toIso: (m) => ymd(m[3]!, m[1]!, m[2]!),
  },
  // 12.03.2019, 12/03/2019, 12-03-2019: day first, as Indian government documents write dates.
  {
    re: new RegExp(`${START}(\\d{1,2})([./-])(\\d{1,2})\\2${YEAR}${END}(?![./-]\\d)`, 'gu'),
    toIso: (m) =>
      Number(m[3]) >= 1 && Number(m[3]) <= 12 ? ymd(m[4]!, MONTH_NAMES[Number(m[3]) - 1]!, m[1]!) : undefined,
  },
  // January 2014, Feb 2012, November, 2016
  { re: new RegExp(`${START}${MONTH},?\\s+${YEAR}${END}`, 'gu'), toIso: (m) => ymd(m[2]!, m[1]!) },
  // F.Y. 2020-21, F.Y.2019, FY 2019: the financial year is named by the year it starts in.
  {
    re: new RegExp(`${START}F\\.?\\s?Y\\.?\\s*${YEAR}(?:\\s*[-–]\\s*\\d{2,4})?${END}`, 'gu'),
    toIso: (m) => m[1],
  },
  // in 2015, (1993), 2019-20, 2025- 26: a bare year (a span gives its first year).
  {
    re: new RegExp(`${START}${YEAR}(?:\\s*[-–]\\s*(?:\\d{2}|\\d{4}))?${END}(?![,.]\\d)`, 'gu'),
    toIso: (m) => m[1],
  },
];

/** "(White House, 2025)" is a reference to a publication, not a date of the instrument. */
const CITATION = /\([^()]*[A-Za-z][^()]*,\s*(?:1[89]|20)\d{2}\)/gu;
const UNTIL_BEFORE = /(?:till|until|upto|up to|to|through|by|valid for \d+ years i\.e\.?)\s*$/iu;

function mask(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/**
 * Every date in the text, in reading order. With `dateline` (the document's own date, YYYY-MM-DD), a
 * day the text names only against it is resolved too: "on Wednesday" (the last one on or before the
 * dateline), "on April 10" (the last April 10 on or before it), "yesterday", "today". Vague relative
 * dates ("last month", "two years ago") stay no date.
 */
export function findDates(text: string, dateline?: string | null): FoundDate[] {
  const found = datesWritten(text);
  if (!dateline) return found;
  return [
    ...found,
    ...datesAgainst(text, dateline).filter((d) => !found.some((f) => d.start < f.end && d.end > f.start)),
  ].sort((a, b) => a.start - b.start);
}

/** Words that make a relative date vague, or about the future: it is no date of a signature. */
const VAGUE = /\b(?:last|next|previous|this|coming|ago|later|earlier|early|late|mid)\b/iu;

/** Words without which chrono has no day to find: a weekday, a month, "yesterday", "today". */
const DAY_WORD = new RegExp(
  `\\b(?:${MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\b`,
  'iu',
);

function datesAgainst(text: string, dateline: string): FoundDate[] {
  if (!DAY_WORD.test(text)) return [];
  const [y, m, d] = dateline.split('-').map(Number);
  const instant = new Date(Date.UTC(y!, m! - 1, d!));
  return chrono.en.parse(text, { instant, timezone: 0 }, { forwardDate: false }).flatMap((r): FoundDate[] => {
    const certain = (c: Parameters<typeof r.start.isCertain>[0]) => r.start.isCertain(c);
    const dayWord = /\b(?:yesterday|today)\b/iu.test(r.text);
    // A year written out is read by the patterns above; a range is a visit or a meeting.
    if ((certain('year') && !dayWord) || r.end || VAGUE.test(r.text)) return [];
    if (!(certain('weekday') || (certain('day') && certain('month')) || dayWord)) return [];
    let date = r.start.date();
    // The last such day on or before the dateline: an article reports what has happened.
    if (date > instant)
      date = certain('weekday')
        ? new Date(date.getTime() - 7 * 86_400_000)
        : new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
    if (instant.getTime() - date.getTime() > 366 * 86_400_000) return [];
    return [
      { iso: date.toISOString().slice(0, 10), start: r.index, end: r.index + r.text.length, role: 'when' },
    ];
  });
}

/** Dates written out in full, or years. */
function datesWritten(text: string): FoundDate[] {
  let masked = mask(text, CITATION);
  const found: FoundDate[] = [];
  for (const { re, toIso } of PATTERNS) {
    re.lastIndex = 0;
    const hits = [...masked.matchAll(re)];
    for (const m of hits) {
      const iso = toIso(m as RegExpExecArray);
      const start = m.index;
      const end = start + m[0].length;
      masked = masked.slice(0, start) + ' '.repeat(m[0].length) + masked.slice(end);
      if (iso === undefined) continue;
      const before = text.slice(Math.max(0, start - 24), start);
      // "Horizon 2020", "Annual Report 2021-22": a bare year right after a capitalised word is part of a
      // name; a meeting's year ("the India-Singapore Technology Summit 2022") still dates what it saw.
      if (
        iso.length === 4 &&
        /(?<![.!?]\s)(?<=\s|^)(?!(?:In|On|By|Since|From|Until|During|Till|Of|Summit|Conference|Meeting|Forum|Expo|Week|Visit|Session|Congress|Ministerial)\b)\p{Lu}[\p{L}\p{N}-]*\s+$/u.test(
          before,
        )
      )
        continue;
      found.push({ iso, start, end, role: UNTIL_BEFORE.test(before) ? 'until' : 'when' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date the text gives for an event (not an end date), or null. */
export function parseDate(text: string): string | null {
  return findDates(text).find((d) => d.role === 'when')?.iso ?? null;
}

/** Two dates of different precision can be the same day: "1985" and "1985-08". */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** The more precise of two compatible dates. */
export function preciserDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.length > a.length ? b : a;
}

/** "for 2019-2022", "for the period 2019–22" right after an instrument word: the period it runs, which names it. */
export const PERIOD_AFTER =
  /^\s+(for\s+(?:the\s+(?:period|years)\s+)?(?:1[89]|20)\d{2}\s*[-–]\s*(?:(?:1[89]|20)\d{2}|\d{2}))\b/u;
