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

/**
 * Normalises text for reading and quoting. Collapsing runs of spaces is safe
 * because HTML shows them as one anyway; every line break is kept, so line
 * numbers in messages still match the editor's file.
 */
export function normaliseText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC')
      .replace(/[\u2028\u2029]/g, '\n')
      // C0 controls other than tab and line breaks, and DEL: invisible, and invalid in HTML.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
  );
}
