import { describe, expect, it } from 'vitest';
import { linesToBlocks, looksLikeHeading, splitSentences, textToLines } from '../../src/ingest/segment.ts';

describe('splitSentences', () => {
  it('splits on sentence ends but not after titles and initials', () => {
    expect(splitSentences('Dr. M Ravichandran, secretary, DST, announced it. Both nations agreed.')).toEqual([
      'Dr. M Ravichandran, secretary, DST, announced it.',
      'Both nations agreed.',
    ]);
    expect(
      splitSentences('On 23 March 2021, H.E. Shri Sanjay Kumar Verma signed it. It was extended.'),
    ).toHaveLength(2);
  });
  it('keeps every character of the paragraph', () => {
    const p = 'A Memorandum was signed on 8th December 2006. A Letter of Intent was signed in December 2015.';
    expect(splitSentences(p).join(' ')).toBe(p);
  });
});

describe('looksLikeHeading', () => {
  it('takes short unpunctuated lines that introduce longer text', () => {
    expect(
      looksLikeHeading(
        'Co-operation in Agriculture',
        'ICAR-JIRCAS Collaboration: A Memorandum of Understanding was signed.',
      ),
    ).toBe(true);
    expect(
      looksLikeHeading(
        'Dear Readers,',
        'The India-Japan partnership has far-reaching implications for the world.',
      ),
    ).toBe(false);
    expect(
      looksLikeHeading('It was signed.', 'A much longer paragraph follows this line of text here.'),
    ).toBe(false);
    expect(looksLikeHeading('Concluding remarks', undefined)).toBe(false);
  });
});

describe('linesToBlocks', () => {
  it('gives each block a stable anchor from its own words, unique within the document', () => {
    const blocks = linesToBlocks(textToLines('Same words here.\n\nSame words here.\nÜber café 2021'));
    expect(blocks.map((b) => b.anchor)).toEqual([
      'p-same-words-here',
      'p-same-words-here-2',
      'p-uber-cafe-2021',
    ]);
    expect(blocks.map((b) => b.line)).toEqual([1, 3, 4]);
  });
  it('keeps an anchor when a paragraph is inserted before it', () => {
    const before = linesToBlocks(textToLines('First paragraph.\nThe DST–JST MoU was signed.'));
    const after = linesToBlocks(
      textToLines('First paragraph.\nA new paragraph.\nThe DST–JST MoU was signed.'),
    );
    expect(after.at(-1)!.anchor).toBe(before.at(-1)!.anchor);
  });
});
