/**
 * Builds the fixture site the browser tests use for hostile input: the real
 * content plus tests/fixtures/sources and the partners in tests/fixtures/partners.yml,
 * plus a PDF report added with `npm run add` (typeset here by tests/support/typeset-pdf.ts),
 * ingested and built by the same code
 * into .fixture/ (never into dist/).
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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
// A partner the real site lacks, added as data only: its page and records must appear with no code change.
appendFileSync(
  join(fixture, 'content/partners.yml'),
  `\n${readFileSync(join(root, 'tests/fixtures/partners.yml'), 'utf8')}`,
);

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
