/**
 * Builds the fixture site the browser tests use, into .fixture/ (never into
 * dist/), by the same ingest and build as the real site:
 * - the real content;
 * - tests/fixtures/sources: hostile input and an invented India–Norway text;
 * - the extraction dev set (tests/fixtures/devset: six documents the ingest was
 *   not built on, test data, never site content), so search is measured on
 *   records nobody tuned it for (src/harness/search-queries.ts); each
 *   document's metadata comes from the set's expected.json;
 * - a PDF report added with `npm run add` (typeset here by tests/support/typeset-pdf.ts).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { typesetPdf } from '../tests/support/typeset-pdf.ts';

const root = process.cwd();
const fixture = join(root, '.fixture');
rmSync(fixture, { recursive: true, force: true });
mkdirSync(join(fixture, 'content'), { recursive: true });
cpSync(join(root, 'content'), join(fixture, 'content'), {
  recursive: true,
  filter: (src) => !src.includes('generated'),
});
cpSync(join(root, 'tests/fixtures/sources'), join(fixture, 'content/sources'), { recursive: true });

const devset = join(root, 'tests/fixtures/devset');
const { docs } = JSON.parse(readFileSync(join(devset, 'expected.json'), 'utf8')) as {
  docs: Record<string, { title: string; publisher?: string; published?: string; kind?: string }>;
};
for (const file of readdirSync(devset).filter((f) => f.endsWith('.txt'))) {
  const slug = file.slice(0, -'.txt'.length);
  const meta = docs[slug];
  if (!meta)
    throw new Error(`${join(devset, 'expected.json')}: no entry under "docs" for ${file}; add its title`);
  cpSync(join(devset, file), join(fixture, 'content/sources', file));
  writeFileSync(
    join(fixture, 'content/sources', `${slug}.yml`),
    `# The dev set's metadata for this document (tests/fixtures/devset/expected.json).\n${stringify(meta)}`,
  );
}

// No partner is added for the fixture's own texts (India–Norway, the dev set's Denmark, Italy…): every country is
// known from the world-countries gazetteer, so their pages must appear with no edit anywhere.

// An original kept beside its text: the source page links it, and the site publishes it.
const report = join(fixture, 'india-finland-quantum-report.pdf');
writeFileSync(
  report,
  await typesetPdf(
    [
      { kind: 'title', text: 'India–Finland Quantum Report' },
      ...Array.from({ length: 6 }, (_, i) => ({
        kind: 'paragraph' as const,
        text: `India and Finland agreed to expand the Finland India Quantum Network, part ${i + 1} of the report says. Researchers from both countries will share time on quantum computers and train doctoral students together.`,
      })),
    ],
    {
      pageHeight: 300,
      header: 'India–Finland Quantum Report · 2025',
      footer: (p, n) => `Page ${p} of ${n}`,
      info: { Title: 'India–Finland Quantum Report', CreationDate: new Date('2025-03-14T00:00:00Z') },
    },
  ),
);
execFileSync(process.execPath, ['scripts/add.ts', report, '--content', '.fixture/content'], {
  stdio: 'inherit',
});
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ATLAS_GENERATED_DIR: './.fixture/content/generated',
    ATLAS_OUT_DIR: './.fixture/dist',
    ATLAS_CACHE_DIR: './.fixture/cache',
  },
});
