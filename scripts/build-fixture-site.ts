/**
 * Builds the fixture site the browser tests use for hostile input: the real
 * content plus tests/fixtures/sources and the partners in tests/fixtures/partners.yml,
 * ingested and built by the same code
 * into .fixture/ (never into dist/).
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

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

execFileSync(process.execPath, ['src/ingest/cli.ts', '--content', '.fixture/content'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ATLAS_GENERATED_DIR: './.fixture/content/generated',
    ATLAS_OUT_DIR: './.fixture/dist',
    ATLAS_CACHE_DIR: './.fixture/cache',
  },
});
