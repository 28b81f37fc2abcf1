import { describe, expect, it } from 'vitest';
import { binOf, countBins, SHADE_STEPS } from '../../src/charts/count-bins.ts';

describe('countBins', () => {
  it('steps by half decades, so one large count does not wash out the small ones', () => {
    expect(countBins(69).map((b) => b.label)).toEqual(['1 or 2', '3 to 9', '10 to 29', '30 or more']);
  });

  it('spreads the classes over the whole ramp, lightest to darkest', () => {
    const shades = countBins(69).map((b) => b.shade);
    expect(shades[0]).toBe(1);
    expect(shades.at(-1)).toBe(SHADE_STEPS);
    expect([...shades].sort((a, b) => a - b)).toEqual(shades);
    expect(new Set(shades).size).toBe(shades.length);
  });

  it('falls back to decades when half decades would make too many classes', () => {
    const bins = countBins(5000);
    expect(bins.length).toBeLessThanOrEqual(SHADE_STEPS);
    expect(bins.map((b) => b.min)).toEqual([1, 10, 100, 1000]);
  });

  it('has one class when every count is 1, and a class for zero when asked', () => {
    expect(countBins(1)).toEqual([{ min: 1, max: null, shade: SHADE_STEPS, label: '1 or more' }]);
    expect(countBins(4, { withZero: true })[0]).toMatchObject({ min: 0, max: 0, shade: 0 });
  });

  it('puts every count from 1 to the maximum in exactly one class', () => {
    for (const max of [1, 2, 3, 9, 10, 69, 300, 12345]) {
      const bins = countBins(max);
      for (let n = 1; n <= max; n += Math.max(1, Math.floor(max / 97))) {
        const holding = bins.filter((b) => b.min <= n && (b.max === null || n <= b.max));
        expect(holding, `${n} of ${max}`).toHaveLength(1);
        expect(binOf(bins, n)).toBe(holding[0]);
      }
    }
  });

  it('refuses a count below the first class', () => {
    expect(() => binOf(countBins(10), 0)).toThrow(/no class holds 0/);
  });
});
