/**
 * Stage 1: bytes to clean text. Strict UTF-8 (an invalid byte is an error with
 * its offset, never a silent U+FFFD), then BOM, line endings, Unicode NFC and
 * stray whitespace.
 */
import type { IngestProblem } from './errors.ts';

export type Decoded = { ok: true; text: string } | { ok: false; problem: IngestProblem };

/** Decodes strict UTF-8, reporting the byte offset of the first invalid sequence. */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return {
      ok: false,
      problem: {
        file,
        where: `byte ${offset}`,
        message: `is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset})`,
        fix: 'save the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt)',
      },
    };
  }
}

/** Walks UTF-8 sequences by hand, so the error can point at the exact byte. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points past U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Horizontal whitespace: tab, no-break and typographic spaces, ideographic space. */
const SPACE = '[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]';
const SPACE_RUN = new RegExp(`${SPACE}+`, 'gu');
/** Two or more spaces between words: a column gap when the lines around it line up. */
const GAP = new RegExp(`(?<=\\S)${SPACE}{2,}(?=\\S)`, 'gu');

/**
 * Normalises text for reading and quoting. Collapsing runs of spaces is safe
 * because HTML shows them as one anyway; every line break is kept, so line
 * numbers in messages still match the editor's file. Table columns survive as
 * one tab each: a run of whitespace holding a tab, and the gaps of columns
 * aligned with spaces (see `alignedRows`), so a table's cells stay apart for
 * the stages that read them (src/ingest/table-cells.ts).
 */
export function normaliseText(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u2028\u2029]/g, '\n')
    // C0 controls other than tab and line breaks, and DEL: invisible, and invalid in HTML.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .split('\n');
  const aligned = alignedRows(lines);
  return lines
    .map((line, i) =>
      (aligned.has(i) ? line.replace(GAP, '\t') : line)
        .replace(SPACE_RUN, (run) => (run.includes('\t') ? '\t' : ' '))
        .trim(),
    )
    .join('\n');
}

/** Where each column gap of a line ends: the columns its cells start at. */
function cellStarts(line: string): number[] {
  return [...line.matchAll(GAP)].map((m) => m.index + m[0].length);
}

/**
 * Lines of a table laid out with spaces: two or more lines in a row, each with
 * a gap of two or more spaces, where a cell of each starts at the same column
 * as a cell of the next. Prose with a double space after a full stop does not
 * line up; a page footer ("Annual Report 2021-22 | 187" pushed right) is one line.
 */
function alignedRows(lines: readonly string[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.includes('\t') || lines[i + 1]!.includes('\t')) continue;
    const here = cellStarts(lines[i]!);
    const next = new Set(cellStarts(lines[i + 1]!));
    if (here.some((c) => next.has(c))) rows.add(i).add(i + 1);
  }
  return rows;
}
