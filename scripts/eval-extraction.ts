/**
 * How well does the agreement extraction work on documents it was not tuned on?
 *
 *   npm run eval:extraction -- tests/fixtures/devset     a test set: <dir>/*.txt + <dir>/expected.json
 *   npm run eval:extraction -- --sources                 the site's sources, with and without the overrides
 *   npm run eval:extraction -- --compare old.json        the published records against an earlier agreements.json
 *
 * A test set's documents are ingested on their own, with the editors' vocabularies
 * from content/ and no overrides, and scored as its README defines. The first line
 * printed is the one-line summary (recall, precision, name, type, year, parties,
 * traps, countries); misses, spurious records, traps and wrong fields follow.
 * Bad input (a malformed expected.json, a quote not in its document, an unknown
 * type) gets one line per problem naming the file, the record and the fix; exit 1.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readContentConfig } from '../src/harness/content-config.ts';
import { detailLines, scoreExtraction, summaryLine } from '../src/harness/extraction-score.ts';
import { formatTestSetProblem, readTestSet } from '../src/harness/extraction-testset.ts';
import { compareRecords, summariseChanges, type RecordChange } from '../src/harness/record-diff.ts';
import { ingestCorpus } from '../src/ingest/pipeline.ts';
import { readSources } from '../src/ingest/read-sources.ts';
import type { IngestProblem } from '../src/ingest/errors.ts';
import { agreementsFileSchema, type Agreement } from '../src/schemas/agreement.ts';

const root = process.cwd();
const contentDir = join(root, 'content');

function fail(problems: readonly IngestProblem[]): never {
  console.error(problems.map(formatTestSetProblem).join('\n'));
  process.exit(1);
}

function config(withOverrides: boolean) {
  const c = readContentConfig(contentDir, withOverrides);
  if (!c.ok) fail(c.problems);
  return c.config;
}

function siteSources() {
  const dir = join(contentDir, 'sources');
  const { sources, problems } = readSources(
    readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
    'content/sources',
  );
  if (problems.length > 0) fail(problems);
  return sources;
}

function published(): Agreement[] {
  const out = ingestCorpus(siteSources(), config(true));
  if (out.problems.length > 0) fail(out.problems);
  return out.agreements;
}

function changeLines(changes: readonly RecordChange[]): string[] {
  return changes
    .filter((c) => c.differs.length > 0)
    .map((c) =>
      c.counterpart === null
        ? `  - ${c.reference.id}: no counterpart (“${c.reference.name}”)`
        : `  - ${c.reference.id} ↔ ${c.counterpart.id}: ${c.differs
            .map((f) =>
              f === 'quotes'
                ? `quotes ${c.reference.sources.length} ↔ ${c.counterpart!.sources.length}`
                : `${f} “${String(c.reference[f] ?? '–')}” ↔ “${String(c.counterpart![f] ?? '–')}”`,
            )
            .join('; ')}`,
    );
}

function evaluateTestSet(dirArg: string): void {
  const dir = resolve(root, dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    fail([
      { file: dirArg, message: 'is not a folder', fix: 'give the folder that holds *.txt and expected.json' },
    ]);
  const shown = relative(root, dir) || '.';
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt') || n === 'expected.json')
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  const set = readTestSet(files, shown);
  if (!set.ok) fail(set.problems);
  const started = performance.now();
  const out = ingestCorpus(set.sources, config(false));
  const ms = performance.now() - started;
  if (out.problems.length > 0) fail(out.problems);
  const score = scoreExtraction({
    devset: set.devset,
    records: out.agreements,
    partners: out.partners.map((p) => p.id),
  });
  console.log(summaryLine(score));
  console.log(
    `${shown}: ${set.sources.length} documents, ${score.expected} expected records, ${score.considered} produced, ingested with no overrides in ${Math.round(ms)} ms`,
  );
  console.log(detailLines(score).join('\n'));
}

function evaluateSources(): void {
  const sources = siteSources();
  const withOverrides = ingestCorpus(sources, config(true));
  if (withOverrides.problems.length > 0) fail(withOverrides.problems);
  const alone = ingestCorpus(sources, config(false));
  const changes = compareRecords(withOverrides.agreements, alone.agreements);
  const overrides = withOverrides.agreementReport.overridesApplied.length;
  console.log(
    `sources: ${sources.length} documents · ${withOverrides.agreements.length} published records, ${alone.agreements.length} extracted with no overrides · ${overrides} overrides`,
  );
  console.log(`published records against the extraction alone: ${summariseChanges(changes)}`);
  console.log(changeLines(changes).join('\n'));
}

function compareWith(file: string): void {
  const parsed = agreementsFileSchema.safeParse(JSON.parse(readFileSync(resolve(root, file), 'utf8')));
  if (!parsed.success)
    fail([{ file, message: 'is not an agreements.json', fix: 'give a content/generated/agreements.json' }]);
  const now = published();
  const before = compareRecords(parsed.data, now);
  console.log(`${file} (${parsed.data.length} records) against the published records now (${now.length}):`);
  console.log(`  ${summariseChanges(before)}`);
  console.log(changeLines(before).join('\n'));
  const added = compareRecords(now, parsed.data).filter((c) => c.counterpart === null);
  console.log(`new records (${added.length}):`);
  for (const c of added) console.log(`  + ${c.reference.id} “${c.reference.name}”`);
}

const args = process.argv.slice(2);
if (args[0] === '--sources') evaluateSources();
else if (args[0] === '--compare' && args[1]) compareWith(args[1]);
else if (args[0] && !args[0].startsWith('--')) evaluateTestSet(args[0]);
else {
  console.error(
    'usage: npm run eval:extraction -- <dir with *.txt and expected.json> | --sources | --compare <agreements.json>',
  );
  process.exit(2);
}
