import { describe, expect, it } from 'vitest';
import { evaluate } from '@mdx-js/mdx';
import { textExpression } from '../../src/ingest/mdx.ts';
import { formatIsoDate } from '../../src/utils/dates.ts';

describe('textExpression', () => {
  it('turns any text into one text child of its element, whatever it contains', async () => {
    const hostile = [
      '{process.exit(1)}',
      '<script>alert(1)</script>',
      "import fs from 'node:fs'",
      'export const x = 1',
      '`${x}`',
      '\u2028',
      '"\\',
      '{/* */}',
    ].join('\n');
    // A toy JSX runtime that returns the element tree instead of rendering it.
    const jsx = (type: unknown, props: Record<string, unknown>) => ({ type, props });
    const mod = await evaluate(`<p>${textExpression(hostile)}</p>`, {
      jsx,
      jsxs: jsx,
      Fragment: 'fragment',
    } as never);
    const tree = (mod.default as (p: object) => { type: string; props: { children: unknown } })({});
    expect(tree).toEqual({ type: 'p', props: { children: hostile } });
    expect(Object.keys(mod)).toEqual(['default']);
  });
});

describe('formatIsoDate', () => {
  it('writes dates as people read them at the precision the source gives', () => {
    expect(formatIsoDate('2006-12-08')).toBe('8 December 2006');
    expect(formatIsoDate('2014-01')).toBe('January 2014');
    expect(formatIsoDate('1985')).toBe('1985');
  });
});

describe('compareNewestFirst', () => {
  it('orders documents newest first, undated last, then by title', async () => {
    const { compareNewestFirst } = await import('../../src/utils/dates.ts');
    const docs = [
      { title: 'Undated B' },
      { title: 'Old', published: '1985' },
      { title: 'Undated A' },
      { title: 'New', published: '2025-04' },
      { title: 'Mid', published: '2022-03' },
    ];
    expect([...docs].sort(compareNewestFirst).map((d) => d.title)).toEqual([
      'New',
      'Mid',
      'Old',
      'Undated A',
      'Undated B',
    ]);
  });
});
