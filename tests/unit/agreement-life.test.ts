import { describe, expect, it } from 'vitest';
import { layoutLife, lifeEvents } from '../../src/charts/agreement-life.ts';
import { agreement } from '../support/agreement.ts';

describe('lifeEvents', () => {
  it('a memorandum signed, then extended until a date: signed and "extended until"', () => {
    const r = agreement({
      id: 'dgh-jogmec',
      date: '2007-02-16',
      status: { state: 'extended', on: null, until: '2024-02-15' },
    });
    expect(lifeEvents(r)).toEqual([
      { label: 'Signed', date: '2007-02-16' },
      { label: 'Extended until', date: '2024-02-15' },
    ]);
  });

  it('an extension with its own date: the extension, then "valid until"', () => {
    const r = agreement({
      id: 'beam-line',
      status: { state: 'extended', on: '2021-03-23', until: '2023-03' },
    });
    expect(lifeEvents(r)).toEqual([
      { label: 'Extended', date: '2021-03-23' },
      { label: 'Valid until', date: '2023-03' },
    ]);
  });

  it('names the first date by the status, or signed for a framework and began for anything else', () => {
    expect(lifeEvents(agreement({ id: 'p', type: 'programme', date: '1993', status: null }))[0]!.label).toBe(
      'Began',
    );
    expect(lifeEvents(agreement({ id: 'm', type: 'moc', date: '2015' }))[0]!.label).toBe('Signed');
    expect(
      lifeEvents(
        agreement({
          id: 'l',
          type: 'joint-laboratory',
          date: '2016',
          status: { state: 'established', on: null, until: null },
        }),
      ),
    ).toEqual([{ label: 'Established', date: '2016' }]);
  });

  it('draws a line only where there are two dates or more, in proportion to time', () => {
    expect(layoutLife([{ label: 'Signed', date: '2015' }])).toBeUndefined();
    const line = layoutLife(
      [
        { label: 'Signed', date: '2000' },
        { label: 'Renewed', date: '2005' },
        { label: 'Valid until', date: '2010' },
      ],
      { width: 220, margin: 10, minGap: 50 },
    )!;
    expect(line.events.map((e) => e.x)).toEqual([10, 110, 210]);
    expect(line.events.map((e) => e.anchor)).toEqual(['start', 'middle', 'end']);
    expect(line.events.some((e) => e.above)).toBe(false);
  });

  it('lifts a label above the line when it would run into the one before', () => {
    const line = layoutLife(
      [
        { label: 'Signed', date: '2000' },
        { label: 'Renewed', date: '2001' },
        { label: 'Valid until', date: '2030' },
      ],
      { width: 320, margin: 10, minGap: 120 },
    )!;
    expect(line.events.map((e) => e.above)).toEqual([false, true, false]);
  });
});
