/**
 * Reads an extraction test set (`<dir>/*.txt` and `<dir>/expected.json`) into
 * source inputs and expected records, or into problems that each name the file,
 * the record and the fix. Pure over the files it is given, so every error path
 * is tested without a disk.
 */
import { LineCounter, parseDocument } from 'yaml';
import { agreementTypes } from '../schemas/agreement.ts';
import { devsetSchema, evalType, type Devset } from '../schemas/devset.ts';
import type { SourceInput } from '../ingest/document.ts';
import type { IngestProblem } from '../ingest/errors.ts';
import { decodeUtf8, normaliseText } from '../ingest/normalise.ts';
import { scoringWords } from './extraction-score.ts';

export interface TestSetFile {
  name: string;
  bytes: Uint8Array;
}

export type TestSet =
  { ok: true; devset: Devset; sources: SourceInput[] } | { ok: false; problems: IngestProblem[] };

/** Types an expected record may have: the project's own, as the scoring maps them. */
export const EVAL_TYPES: readonly string[] = [...new Set(agreementTypes.map(evalType))];

/** One line per problem: where, what, and the fix. */
export function formatTestSetProblem(p: IngestProblem): string {
  const place = [p.file, p.line === undefined ? undefined : `line ${p.line}`, p.where]
    .filter(Boolean)
    .join(': ');
  return `${place}: ${p.message} (fix: ${p.fix})`;
}

/** The line of a JSON syntax error: from V8's message when it gives one, else from a YAML parse (JSON is YAML). */
function lineOfError(text: string, message: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const pos = /at position (\d+)/.exec(message)?.[1];
  if (pos !== undefined) return text.slice(0, Number(pos)).split('\n').length;
  const lineCounter = new LineCounter();
  const error = parseDocument(text, { lineCounter }).errors[0];
  return error ? lineCounter.linePos(error.pos[0]).line : undefined;
}

/** Where a zod path points: `records[3] ("some-id") field \`type\``. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  const [top, index, ...rest] = path;
  if ((top === 'records' || top === 'none') && typeof index === 'number') {
    const entry = (data as Record<string, unknown[]>)[top]?.[index] as Record<string, unknown> | undefined;
    const id = typeof entry?.id === 'string' ? ` ("${entry.id}")` : '';
    return `${String(top)}[${index}]${id}${rest.length > 0 ? ` field \`${rest.map(String).join('.')}\`` : ''}`;
  }
  return path.length > 0 ? `field \`${path.map(String).join('.')}\`` : 'the whole file';
}

/** Does the document hold the quote (compared as the scoring compares text: words, not spacing)? */
function quoteIn(quote: string, text: string): boolean {
  return ` ${scoringWords(text).join(' ')} `.includes(` ${scoringWords(quote).join(' ')} `);
}

export function readTestSet(files: readonly TestSetFile[], dir: string): TestSet {
  const problems: IngestProblem[] = [];
  const file = `${dir}/expected.json`;
  const expectedFile = files.find((f) => f.name === 'expected.json');
  const texts = new Map<string, string>();
  for (const f of files.filter((x) => x.name.endsWith('.txt'))) {
    const decoded = decodeUtf8(f.bytes, `${dir}/${f.name}`);
    if (!decoded.ok) problems.push(decoded.problem);
    else texts.set(f.name.slice(0, -4), normaliseText(decoded.text));
  }
  if (!expectedFile)
    return {
      ok: false,
      problems: [
        {
          file,
          message: 'is missing',
          fix: 'add expected.json with docs, records, none and countries (see tests/fixtures/devset/README.md)',
        },
      ],
    };
  const raw = new TextDecoder().decode(expectedFile.bytes);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const line = lineOfError(raw, message);
    return {
      ok: false,
      problems: [
        {
          file,
          ...(line === undefined ? {} : { line }),
          message: `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+/g, ' ')}`,
          fix: 'check the commas, brackets and quotes on that line (a validator such as `node -e "JSON.parse(...)"` points at it)',
        },
      ],
    };
  }
  const parsed = devsetSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        where: describePath(issue.path, data),
        message:
          issue.code === 'unrecognized_keys' ? `has unknown keys ${issue.keys.join(', ')}` : issue.message,
        fix:
          issue.code === 'unrecognized_keys'
            ? 'remove them; a record has id, doc, also_in, partner, name, must_name, type, date, parties, quote and optionally status'
            : 'correct the field as the README (expected.json) describes it',
      })),
    };
  }
  const devset = parsed.data;
  const docNames = Object.keys(devset.docs);
  for (const slug of docNames)
    if (!texts.has(slug))
      problems.push({
        file,
        where: `docs.${slug}`,
        message: `has no document ${dir}/${slug}.txt`,
        fix: `add ${slug}.txt to ${dir}, or remove the entry`,
      });
  for (const slug of texts.keys())
    if (!devset.docs[slug])
      problems.push({
        file,
        where: 'docs',
        message: `says nothing of ${dir}/${slug}.txt`,
        fix: `add "${slug}": {"title": …} to docs, or remove the text file`,
      });
  const ids = new Set<string>();
  devset.records.forEach((r, i) => {
    const where = `records[${i}] ("${r.id}")`;
    if (ids.has(r.id))
      problems.push({ file, where, message: 'repeats an id', fix: 'give each record its own id' });
    ids.add(r.id);
    if (!EVAL_TYPES.includes(r.type))
      problems.push({
        file,
        where: `${where} field \`type\``,
        message: `"${r.type}" is not a known type`,
        fix: `use one of: ${EVAL_TYPES.join(', ')}`,
      });
    for (const [k, slug] of [r.doc, ...r.also_in].entries())
      if (!devset.docs[slug])
        problems.push({
          file,
          where: `${where} field \`${k === 0 ? 'doc' : `also_in[${k - 1}]`}\``,
          message: `names document "${slug}", which is not in docs`,
          fix: `use one of: ${docNames.join(', ')}`,
        });
    const text = texts.get(r.doc);
    if (text !== undefined && !quoteIn(r.quote, text))
      problems.push({
        file,
        where: `${where} field \`quote\``,
        message: `is not in ${dir}/${r.doc}.txt: "${r.quote.slice(0, 70)}${r.quote.length > 70 ? '…' : ''}"`,
        fix: 'copy the words verbatim from that document (the quote is compared word by word, ignoring punctuation)',
      });
    if (!devset.countries.includes(r.partner))
      problems.push({
        file,
        where: `${where} field \`partner\``,
        message: `"${r.partner}" is not in countries`,
        fix: `add "${r.partner}" to countries, or correct the partner`,
      });
  });
  devset.none.forEach((t, i) => {
    const text = texts.get(t.doc);
    if (text === undefined)
      problems.push({
        file,
        where: `none[${i}] field \`doc\``,
        message: `names document "${t.doc}", which is not in docs`,
        fix: `use one of: ${docNames.join(', ')}`,
      });
    else if (!quoteIn(t.quote, text))
      problems.push({
        file,
        where: `none[${i}] field \`quote\``,
        message: `is not in ${dir}/${t.doc}.txt: "${t.quote.slice(0, 70)}"`,
        fix: 'copy the words verbatim from that document',
      });
  });
  if (problems.length > 0) return { ok: false, problems };
  const sources: SourceInput[] = docNames.sort().map((slug) => ({
    slug,
    file: `${dir}/${slug}.txt`,
    meta: devset.docs[slug]!,
    text: texts.get(slug)!,
  }));
  return { ok: true, devset, sources };
}
