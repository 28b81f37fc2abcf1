/**
 * Plain text → text: kept as it is (strict UTF-8). A text states nothing about itself; its first line
 * is offered as the title.
 */
import { decodeUtf8, normaliseText } from '../ingest/normalise.ts';
import type { Converted } from './conversion.ts';

/** A first line longer than this is a paragraph, not a title. */
const TITLE_LENGTH = 200;

export function convertText(bytes: Uint8Array, file: string): Converted {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok)
    return { ok: false, failure: { message: decoded.problem.message, fix: decoded.problem.fix } };
  const paragraphs = normaliseText(decoded.text)
    .split('\n')
    .filter((l) => l !== '');
  const firstLine = paragraphs[0];
  return {
    ok: true,
    conversion: {
      paragraphs,
      meta: {},
      ...(firstLine && firstLine.length <= TITLE_LENGTH ? { printedTitle: firstLine } : {}),
      removed: [],
      unread: [],
    },
  };
}
