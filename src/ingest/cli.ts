/**
 * `npm run ingest`: reads `content/`, runs the pure pipeline, and writes
 * `content/generated/` only when every input is valid. Thin on purpose.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { boilerplateSchema, sectorTermsSchema } from '../schemas/config.ts';
import { gazetteerSchema } from '../schemas/gazetteer.ts';
import { formatProblem, type IngestProblem } from './errors.ts';
import { ingestCorpus, type CachedAgreements, type CachedDocument, type IngestOutput } from './pipeline.ts';
import { readSources } from './read-sources.ts';
import { vocabularyProblems } from './agreements/vocabulary.ts';
import { parseYaml } from './yaml-data.ts';
import { ORIGINALS_DIR } from '../utils/generated-dir.ts';
import type { z } from 'zod';

export interface CliOptions {
  /** The project's content folder. */
  contentDir: string;
  /** Where generated files go; replaced as a whole. */
  outDir: string;
}

function readYamlFile<S extends z.ZodType>(
  schema: S,
  file: string,
  problems: IngestProblem[],
): z.infer<S> | undefined {
  if (!existsSync(file)) {
    problems.push({ file, message: 'is missing', fix: 'restore it from git; the ingest needs it' });
    return undefined;
  }
  const parsed = parseYaml(schema, readFileSync(file, 'utf8'), file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  return parsed.value;
}

export type RunResult =
  | { ok: true; output: IngestOutput; written: number; total: number }
  | { ok: false; problems: IngestProblem[] };

export function runIngest({ contentDir, outDir }: CliOptions): RunResult {
  const problems: IngestProblem[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const gazetteer = readYamlFile(gazetteerSchema, rel(join(contentDir, 'partners.yml')), problems);
  const sectorTerms = readYamlFile(sectorTermsSchema, rel(join(contentDir, 'sectors.yml')), problems);
  const boilerplate = readYamlFile(boilerplateSchema, rel(join(contentDir, 'boilerplate.yml')), problems);
  const sourcesDir = join(contentDir, 'sources');
  const entries = existsSync(sourcesDir)
    ? readdirSync(sourcesDir, { withFileTypes: true }).filter((d) => !d.name.startsWith('.'))
    : [];
  for (const d of entries.filter((e) => !e.isFile())) {
    problems.push({
      file: rel(join(sourcesDir, d.name)),
      message: 'is not a file',
      fix: 'keep each document as <slug>.txt and <slug>.yml directly in the sources folder; move subfolders elsewhere',
    });
  }
  const files = entries
    .filter((e) => e.isFile())
    .map(({ name }) => ({ name, bytes: readFileSync(join(sourcesDir, name)) }));
  const { sources, problems: sourceProblems } = readSources(files, rel(sourcesDir));
  problems.push(...sourceProblems);
  if (sources.length === 0 && sourceProblems.length === 0) {
    problems.push({
      file: rel(sourcesDir),
      message: 'holds no documents',
      fix: 'add <slug>.txt and <slug>.yml (see README: Adding a document)',
    });
  }
  // The extraction's vocabularies are the project's own (content/instruments.yml, content/agencies.yml):
  // checked here so a bad entry stops the ingest naming its line, before any stage reads it.
  problems.push(...vocabularyProblems());
  if (problems.length > 0 || !gazetteer || !sectorTerms || !boilerplate) return { ok: false, problems };

  // The overrides file is optional: a corpus with no editor's corrections still yields records.
  const overridesFile = join(contentDir, 'agreements.yml');
  const overrides = existsSync(overridesFile)
    ? { file: rel(overridesFile), text: readFileSync(overridesFile, 'utf8') }
    : undefined;
  const cacheFile = join(outDir, CACHE_FILE);
  const previous = readCache(cacheFile, codeVersion());
  const output = ingestCorpus(
    sources,
    { gazetteer, sectorTerms, rules: boilerplate.rules, ...(overrides ? { overrides } : {}) },
    previous.documents,
    previous.version,
    previous.agreements,
  );
  if (output.problems.length > 0) return { ok: false, problems: output.problems };
  const { reused: _reused, ...agreements } = output.agreementsCache;
  const cache = {
    path: CACHE_FILE,
    content: JSON.stringify({ version: previous.version, documents: output.cache, agreements }),
  };
  // Originals are published beside their source page (src/pages/sources/[source]/[original].ts), byte for byte.
  const bytesOf = new Map(files.map((f) => [f.name, f.bytes]));
  const originals = sources.flatMap((s) =>
    s.original
      ? [{ path: `${ORIGINALS_DIR}/${s.original.file}`, content: bytesOf.get(s.original.file)! }]
      : [],
  );
  const all = [...output.files, cache, ...originals];
  return { ok: true, output, written: writeOutput(outDir, all), total: all.length };
}

/** Models of the last run, beside the generated files; Astro's loaders read only *.mdx and partners.json. */
const CACHE_FILE = '.ingest-cache.json';

/** A hash of the ingest's own code and schemas: when they change, no cached model is trusted. */
function codeVersion(): string {
  const hash = createHash('sha256');
  for (const dir of ['../ingest', '../schemas']) {
    const folder = fileURLToPath(new URL(`${dir}/`, import.meta.url));
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort();
    for (const file of files) hash.update(file.slice(folder.length)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

interface Cache {
  version: string;
  documents: Record<string, CachedDocument>;
  agreements?: CachedAgreements;
}

function readCache(file: string, version: string): Cache {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as Cache;
    if (cached.version === version) return cached;
  } catch {
    // No cache, or an unreadable one: ingest everything.
  }
  return { version, documents: {} };
}

/** Writes only files whose bytes changed, so Astro's cache stays warm; removes stale ones. */
function writeOutput(
  outDir: string,
  files: readonly { path: string; content: string | Uint8Array }[],
): number {
  const wanted = new Map(files.map((f) => [join(outDir, f.path), f.content]));
  const existing = existsSync(outDir)
    ? readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name))
    : [];
  for (const file of existing) if (!wanted.has(file)) rmSync(file);
  let written = 0;
  for (const [file, content] of wanted) {
    if (
      existsSync(file) &&
      readFileSync(file).equals(typeof content === 'string' ? Buffer.from(content) : content)
    )
      continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    written++;
  }
  return written;
}

/** Enough of the report to review at a terminal; the file has every sentence. */
const UNMATCHED_SHOWN = 50;

function printSummary(output: IngestOutput, written: number, total: number): void {
  const { report } = output;
  const lines = [
    `ingest: ${report.documents} documents, ${report.paragraphs} paragraphs, ${report.sentences} sentences`,
    'passages per partner:',
    ...output.partners.map(
      (p) => `  ${p.name.padEnd(16)} ${String(p.passages).padStart(4)} passages in ${p.sources} source(s)`,
    ),
    'boilerplate removed (content/boilerplate.yml):',
    ...report.boilerplate.map(
      (b) => `  ${b.rule.padEnd(20)} ${String(b.sentences).padStart(4)} sentences in ${b.lines} line(s)`,
    ),
    ...(report.converted.length > 0
      ? [
          'removed by npm run add (the removed: list in each converted source’s .yml):',
          ...report.converted.map((c) => `  ${c.rule.padEnd(20)} ${String(c.lines).padStart(4)} line(s)`),
        ]
      : []),
    `agreements: ${output.agreements.length} records (content/generated/agreements.json)${output.agreementsCache.reused ? '; no input changed, so taken from the last run' : ''}`,
    ...Object.entries(output.agreementReport.byPartner).map(
      ([p, n]) => `  ${p.padEnd(16)} ${String(n).padStart(4)}`,
    ),
    `  by type: ${Object.entries(output.agreementReport.byType)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
    `  overrides applied (content/agreements.yml): ${output.agreementReport.overridesApplied.length}`,
    `  sentences that look like an instrument but no record cites: ${output.agreementReport.unmatched.length} (content/generated/agreements-report.json)`,
    ...output.agreementReport.unmatched
      .slice(0, UNMATCHED_SHOWN)
      .map(
        (u) =>
          `    ${u.source}#${u.anchor} [${u.cues.join(', ')}] ${u.sentence.length > 110 ? `${u.sentence.slice(0, 109)}…` : u.sentence}`,
      ),
    ...(output.agreementReport.unmatched.length > UNMATCHED_SHOWN
      ? [
          `    … and ${output.agreementReport.unmatched.length - UNMATCHED_SHOWN} more in content/generated/agreements-report.json`,
        ]
      : []),
    `warnings: ${report.warnings.length}`,
    ...report.warnings.map((w) => `  ${w}`),
    `documents ingested: ${output.reingested.length} of ${report.documents} (the others are unchanged since the last run)`,
    `files written: ${written} of ${total} (unchanged files are left alone)`,
  ];
  console.log(lines.join('\n'));
}

/** `--content DIR` reads another content folder (tests use it); output goes to DIR/generated. */
function contentDirFromArgs(argv: readonly string[], cwd: string): string {
  const i = argv.indexOf('--content');
  return i >= 0 && argv[i + 1] ? resolve(cwd, argv[i + 1]!) : join(cwd, 'content');
}

if (import.meta.main) {
  const contentDir = contentDirFromArgs(process.argv.slice(2), process.cwd());
  const result = runIngest({ contentDir, outDir: join(contentDir, 'generated') });
  if (!result.ok) {
    console.error(`ingest: stopped; nothing was written. ${result.problems.length} problem(s):\n`);
    console.error(result.problems.map(formatProblem).join('\n\n'));
    process.exit(1);
  }
  printSummary(result.output, result.written, result.total);
}
