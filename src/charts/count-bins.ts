/**
 * Classes of a count for shading (the world map's partners by number of
 * agreements): steps on a logarithmic scale, so one partner with 69
 * agreements does not wash out the ones with 3. Pure.
 */

export interface CountBin {
  min: number;
  /** Inclusive; `null` for the open top class ("30 or more"). */
  max: number | null;
  /** The step of the shading ramp, 1 (lightest) to SHADE_STEPS (darkest); 0 for a count of zero. */
  shade: number;
  /** "1 or 2", "3 to 9", "30 or more", "None recorded". */
  label: string;
}

/** The shading ramp's steps in CSS (`.shade-1` … `.shade-5`). */
export const SHADE_STEPS = 5;

/** Breaks 1, 3, 10, 30, 100… (half decades) or, when those give too many classes, 1, 10, 100… */
function breaksUpTo(max: number, perDecade: readonly number[]): number[] {
  const breaks: number[] = [];
  for (let decade = 1; decade <= max; decade *= 10)
    for (const m of perDecade) if (m * decade <= max) breaks.push(m * decade);
  return breaks;
}

function label(min: number, max: number | null): string {
  if (max === null) return `${min} or more`;
  if (min === max) return String(min);
  if (max === min + 1) return `${min} or ${max}`;
  return `${min} to ${max}`;
}

/**
 * The classes that cover every count from 1 to `max` in at most `limit` classes, plus a class for zero
 * when `withZero` (a partner the sources name but no agreement was found for).
 */
export function countBins(max: number, { limit = SHADE_STEPS, withZero = false } = {}): CountBin[] {
  let breaks = breaksUpTo(max, [1, 3]);
  if (breaks.length > limit) {
    const decades = breaksUpTo(max, [1]);
    const every = Math.ceil(decades.length / limit);
    breaks = decades.filter((_, i) => i % every === 0);
  }
  const n = breaks.length;
  const bins = breaks.map((min, i) => {
    const next = breaks[i + 1];
    const top = next === undefined ? null : next - 1;
    // Spread the classes over the whole ramp, lightest to darkest, whatever their number.
    const shade = n === 1 ? SHADE_STEPS : 1 + Math.round((i * (SHADE_STEPS - 1)) / (n - 1));
    return { min, max: top, shade, label: label(min, top) };
  });
  return withZero ? [{ min: 0, max: 0, shade: 0, label: 'None recorded' }, ...bins] : bins;
}

/** The class a count falls in. */
export function binOf(bins: readonly CountBin[], count: number): CountBin {
  const bin = bins.findLast((b) => b.min <= count);
  if (!bin) throw new RangeError(`no class holds ${count}: the classes start at ${bins[0]?.min}`);
  return bin;
}
