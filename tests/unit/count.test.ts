import { describe, expect, it } from 'vitest';
import { countNoun } from '../../src/utils/count.ts';

describe('countNoun', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(countNoun(1, 'source')).toBe('1 source');
    expect(countNoun(0, 'source')).toBe('0 sources');
    expect(countNoun(4, 'passage')).toBe('4 passages');
    expect(countNoun(2, 'source sentence')).toBe('2 source sentences');
    expect(countNoun(3, 'country', 'countries')).toBe('3 countries');
  });
});
