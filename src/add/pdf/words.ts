/**
 * What a line-end hyphen is: the typesetter's (drop it: "tech-" "nology") or the word's own (keep it:
 * "high-" "tech"). The document's own spelling decides first, then an English word list (word-list,
 * ~274,000 words); digits, capitals and compounds keep theirs.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import type { PdfLine } from './lines.ts';

export interface Spelling {
  /** Words the document writes in the middle of its lines, hyphenated compounds included, lower case. */
  document: ReadonlySet<string>;
  english: (word: string) => boolean;
}

let english: Set<string> | undefined;
/** The English word list, read once per process (about 50 ms). */
function englishWords(): Set<string> {
  english ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return english;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;

/** The document's words, leaving out each line's first and last (they may be halves of a broken word). */
export function spellingOf(lines: readonly PdfLine[]): Spelling {
  const document = new Set(lines.flatMap((l) => (l.text.toLowerCase().match(WORD) ?? []).slice(1, -1)));
  const words = englishWords();
  return { document, english: (w) => words.has(w) };
}

/** Whether the hyphen between `stem` (end of a line) and `head` (start of the next) belongs to the text. */
export function keepsHyphen(stem: string, head: string, rest: string, spelling: Spelling): boolean {
  if (head === '') return true;
  if (/\p{N}$/u.test(stem) && /^\p{N}/u.test(head)) return true;
  if (/^\p{Lu}/u.test(head) || /^[\p{L}\p{N}]+[-‐]/u.test(rest)) return true;
  const [a, b] = [stem.toLowerCase(), head.toLowerCase()];
  if (spelling.document.has(`${a}-${b}`)) return true;
  if (spelling.document.has(a + b)) return false;
  if (spelling.english(a + b)) return false;
  return spelling.english(a) && spelling.english(b);
}
