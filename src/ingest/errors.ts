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

export function formatProblem(p: IngestProblem): string {
  const place = [p.file, p.line === undefined ? undefined : `line ${p.line}`, p.where]
    .filter(Boolean)
    .join(': ');
  return `${place}: ${p.message}\n  fix: ${p.fix}`;
}
