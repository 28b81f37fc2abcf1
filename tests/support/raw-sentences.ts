/**
 * The sentences of a raw source file, derived independently of the ingest's
 * own segmenter (NFC, whitespace folded, Intl.Segmenter per line), so the
 * nothing-lost tests cannot inherit a bug from the code they check.
 */
export function rawSentences(raw: string): string[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n?|\n/)
    .flatMap((line) => Array.from(seg.segment(line), (s) => s.segment.replace(/\s+/g, ' ').trim()))
    .filter((s) => s !== '');
}
