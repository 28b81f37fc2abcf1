import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/schemas/agreement.ts';
import { agreementsBySector } from '../../src/utils/agreements.ts';
import { ariaCurrent } from '../../src/utils/nav.ts';

describe('ariaCurrent', () => {
  it('marks the link to this page, and a section this page belongs to', () => {
    expect(ariaCurrent('/countries/japan/', '/countries/japan/')).toBe('page');
    expect(ariaCurrent('/countries/japan/2/', '/countries/japan/')).toBe('true');
    expect(ariaCurrent('/agreements/x/', '/agreements/')).toBe('true');
    expect(ariaCurrent('/agreements/x/', '/countries/japan/')).toBeUndefined();
    // Every page is under the home page; that does not make home current.
    expect(ariaCurrent('/agreements/', '/')).toBeUndefined();
    expect(ariaCurrent('/', '/')).toBe('page');
  });
});

describe('agreementsBySector', () => {
  const r = (id: string, sectors: Agreement['sectors']) => ({ id, sectors }) as Agreement;
  it('lists the sectors that have records, in the vocabulary order, a record in each of its sectors', () => {
    const records = [r('a', ['space', 'ai']), r('b', ['general']), r('c', ['space'])];
    const groups = agreementsBySector(records).map(([s, rs]) => [s, rs.map((x) => x.id)]);
    expect(groups).toEqual([
      ['ai', ['a']],
      ['space', ['a', 'c']],
      ['general', ['b']],
    ]);
    expect(records.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
