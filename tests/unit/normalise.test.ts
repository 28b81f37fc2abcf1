import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Offset, normaliseText } from '../../src/ingest/normalise.ts';

describe('normaliseText', () => {
  it('strips a BOM, turns CRLF and CR into LF, and composes to NFC', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseText('Cafe\u0301')).toBe('Caf\u00e9');
  });
  it('collapses stray spaces but keeps every line', () => {
    expect(normaliseText('  Perceptions,  People,   and  \n\n\nnext ')).toBe(
      'Perceptions, People, and\n\n\nnext',
    );
  });
  it('keeps a table column gap as one tab: a run of whitespace with a tab in it', () => {
    expect(normaliseText('1.\t MoU on space \t\tSecretary, DST\t')).toBe('1.\tMoU on space\tSecretary, DST');
  });
  it('turns the gaps of columns aligned with spaces into tabs, and leaves prose and a lone footer alone', () => {
    const table = [
      'S.No.  Name of MoU        Indian signatory',
      '1.     MoU on space       Secretary, DST',
      '2.     MoU on water       Director, CSIR',
      'The end.  Of the prose  here.',
      '                         Annual Report 2021-22 | 187',
    ].join('\n');
    expect(normaliseText(table).split('\n')).toEqual([
      'S.No.\tName of MoU\tIndian signatory',
      '1.\tMoU on space\tSecretary, DST',
      '2.\tMoU on water\tDirector, CSIR',
      'The end. Of the prose here.',
      'Annual Report 2021-22 | 187',
    ]);
  });
});

describe('decodeUtf8', () => {
  it('names the file and the byte offset of invalid UTF-8', () => {
    const bytes = new Uint8Array([0x61, 0x62, 0xff, 0x63]);
    const r = decodeUtf8(bytes, 'content/sources/bad.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.file).toBe('content/sources/bad.txt');
      expect(r.problem.where).toBe('byte 2');
      expect(r.problem.message).toContain('0xff at offset 2');
      expect(r.problem.fix).toMatch(/UTF-8/);
    }
  });
  it('finds truncated multi-byte sequences and surrogates', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('India–Japan ✓'))).toBe(17);
  });
});
