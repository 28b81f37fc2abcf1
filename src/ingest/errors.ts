/**
 * Errors are values a person can act on: the file, where in it, what is wrong
 * and what to do. The CLI prints them; tests assert their text.
 */
export interface IngestProblem {
  file: string;
  /** 1-based line, when the problem sits on one. */
  line?: number;
  /** The metadata field or byte offset concerned. */
  where?: string;
  message: string;
  fix: string;
}

const placeOf = (p: IngestProblem) =>
  [p.file, p.line === undefined ? undefined : `line ${p.line}`, p.where].filter(Boolean).join(': ');

/** `file: line: field: message`, then the fix on a line of its own. */
export function formatProblem(p: IngestProblem): string {
  return `${placeOf(p)}: ${p.message}\n  fix: ${p.fix}`;
}

/** The same in one line, for a command that stops on its first problem (`npm run add`). */
export function formatProblemLine(p: IngestProblem): string {
  return `${placeOf(p)}: ${p.message} — ${p.fix}`;
}
