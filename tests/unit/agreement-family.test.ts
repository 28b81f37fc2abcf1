import { describe, expect, it } from 'vitest';
import { agreementRelations, type FamilyNode } from '../../src/utils/agreements.ts';
import { agreement } from '../support/agreement.ts';

/** A tree as nested ids, "+N" where a large family leaves records out. */
const shape = (n: FamilyNode): unknown =>
  n.children.length === 0 && n.more === 0
    ? n.record.id
    : { [n.record.id]: [...n.children.map(shape), ...(n.more ? [`+${n.more}`] : [])] };

describe('the family of an agreement', () => {
  const records = [
    agreement({ id: 'moc', date: '2015', type: 'moc' }),
    agreement({ id: 'jwg', date: '2016', type: 'joint-working-group', parent: 'moc' }),
    agreement({ id: 'roadmap', date: '2018', type: 'roadmap', parent: 'jwg' }),
    agreement({ id: 'ia-1', date: '2017', type: 'implementing-arrangement', parent: 'moc' }),
    agreement({ id: 'alone', date: '2010' }),
  ];
  const relationsOf = agreementRelations(records, 12);
  const familyOf = (id: string) => relationsOf(records.find((r) => r.id === id)!).family;

  it('runs from the oldest ancestor down, oldest first at each level, from any member', () => {
    const tree = { moc: [{ jwg: ['roadmap'] }, 'ia-1'] };
    expect(shape(familyOf('roadmap')!)).toEqual(tree);
    expect(shape(familyOf('moc')!)).toEqual(tree);
    expect(shape(familyOf('ia-1')!)).toEqual(tree);
  });

  it('is undefined for a record with neither parent nor children', () => {
    expect(familyOf('alone')).toBeUndefined();
  });

  it('survives a loop an editor could make with parents', () => {
    const loop = [agreement({ id: 'a', parent: 'b' }), agreement({ id: 'b', parent: 'a' })];
    const family = agreementRelations(loop, 12)(loop[0]!).family!;
    expect(shape(family)).toEqual({ b: ['a'] });
  });

  it('keeps a large family to the line, the siblings and the children, and counts the rest', () => {
    const big = [
      agreement({ id: 'top' }),
      ...Array.from({ length: 30 }, (_, i) => agreement({ id: `c${i}`, parent: 'top', date: `${1990 + i}` })),
      ...Array.from({ length: 30 }, (_, i) => agreement({ id: `g${i}`, parent: 'c0', date: `${1990 + i}` })),
      agreement({ id: 'leaf', parent: 'c29' }),
    ];
    const family = agreementRelations(big, 12, 20)(big.find((r) => r.id === 'c29')!).family!;
    // Every sibling of c29 (the children of "top") and c29's own child are kept…
    expect(family.children).toHaveLength(30);
    expect(family.children.at(-1)!.children.map((c) => c.record.id)).toEqual(['leaf']);
    // …and c0's thirty children, beyond the limit, are counted.
    expect(family.children[0]!.more).toBe(30);
  });
});
