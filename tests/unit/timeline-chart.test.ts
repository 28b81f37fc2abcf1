import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/charts/timeline-chart.ts';
import { agreement } from '../support/agreement.ts';

const names = new Map([
  ['japan', 'Japan'],
  ['finland', 'Finland'],
  ['germany', 'Germany'],
]);

describe('layoutTimeline', () => {
  const records = [
    agreement({ id: 'j1', partner: 'japan', date: '1985-08', type: 'inter-governmental-agreement' }),
    agreement({ id: 'j2', partner: 'japan', date: '2018-06', type: 'implementing-arrangement' }),
    agreement({ id: 'j3', partner: 'japan', date: '2018-10', type: 'moc' }),
    agreement({ id: 'j4', partner: 'japan', date: null }),
    agreement({ id: 'f1', partner: 'finland', date: '2020', type: 'initiative' }),
    agreement({ id: 'g1', partner: 'germany', date: null }),
  ];

  it('a row per partner with agreements, most first, undated ones counted in the last column', () => {
    const chart = layoutTimeline(records, names)!;
    expect(chart.rows.map((r) => [r.name, r.dated, r.undated])).toEqual([
      ['Japan', 3, 1],
      ['Finland', 1, 0],
      ['Germany', 0, 1],
    ]);
    expect(chart.undated).toBe(2);
    expect([chart.firstYear, chart.lastYear]).toEqual([1985, 2020]);
  });

  it('one dot per dated agreement, in its year, stacked upwards within a partner and year', () => {
    const chart = layoutTimeline(records, names, { labelWidth: 100, yearWidth: 10, step: 12 })!;
    const at = (id: string) => chart.marks.find((m) => m.record.id === id)!;
    expect(chart.marks).toHaveLength(4);
    expect(at('j1').x).toBe(100 + 0.5 * 10);
    expect(at('j2').x).toBe(100 + (2018 - 1985 + 0.5) * 10);
    expect(at('j3').x).toBe(at('j2').x);
    expect(at('j2').y - at('j3').y).toBe(12);
    // Inside their own rows.
    const row = (p: string) => chart.rows.find((r) => r.partner === p)!;
    for (const m of chart.marks) {
      const r = row(m.record.partner);
      expect(m.y).toBeGreaterThan(r.y);
      expect(m.y).toBeLessThan(r.y + r.height);
    }
    expect(at('j1').framework).toBe(true);
    expect(at('j2').framework).toBe(false);
  });

  it('a full stack shows "+N" for the rest instead of running into the next row', () => {
    const many = Array.from({ length: 11 }, (_, i) => agreement({ id: `m${i}`, date: '2018' }));
    const chart = layoutTimeline(many, names, { maxStack: 8 })!;
    expect(chart.marks).toHaveLength(7);
    expect(chart.more).toEqual([expect.objectContaining({ count: 4 })]);
  });

  it('labels years at a spacing that stays readable', () => {
    const chart = layoutTimeline(records, names, { yearWidth: 16 })!;
    expect(chart.ticks.map((t) => t.year)).toEqual([1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(layoutTimeline([agreement({ id: 'x' })], names)).toBeUndefined();
  });
});
