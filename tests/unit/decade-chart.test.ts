import { describe, expect, it } from 'vitest';
import { layoutDecades } from '../../src/charts/decade-chart.ts';
import { agreement } from '../support/agreement.ts';

describe('layoutDecades', () => {
  const records = [
    agreement({ id: 'a', date: '1985-08', type: 'inter-governmental-agreement' }),
    agreement({ id: 'b', date: '2006-12-08', type: 'mou' }),
    agreement({ id: 'c', date: '2008', type: 'programme' }),
    agreement({ id: 'd', date: null, type: 'dialogue' }),
  ];

  it('draws every decade from the first to the last, empty ones too, and the undated last', () => {
    const chart = layoutDecades(records)!;
    expect(chart.columns.map((c) => c.label)).toEqual(['1980s', '1990s', '2000s', 'No date']);
    expect(chart.columns.map((c) => [c.frameworks, c.others])).toEqual([
      [1, 0],
      [0, 0],
      [1, 1],
      [0, 1],
    ]);
  });

  it('scales the tallest column to the plot height, frameworks at the foot', () => {
    const chart = layoutDecades(records, { plotHeight: 100, top: 20 })!;
    const tallest = chart.columns[2]!;
    expect(tallest.frameworkBar).toEqual({ y: 70, height: 50 });
    expect(tallest.otherBar).toEqual({ y: 20, height: 50 });
    expect(chart.baseline).toBe(120);
  });

  it('sets the undated column apart and draws nothing for a partner without agreements', () => {
    const chart = layoutDecades(records, { columnWidth: 40, gap: 10 })!;
    const [, , d2000, undated] = chart.columns;
    expect(undated!.x - d2000!.x).toBe(40 + 10 + 10);
    expect(layoutDecades([])).toBeUndefined();
  });
});
