/**
 * `npm run check:reproducible`: builds the site twice from the same input, into
 * separate folders with separate caches, and compares every file byte for byte
 * (Pagefind's index included). Exits 1 and lists the files that differ.
 * Part of `npm test`: the two builds take about 20 s for the five sources.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const work = join(root, '.reproducible');

function build(name: string): string {
  const out = join(work, name, 'dist');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: join(work, name, 'cache') },
  });
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Files present in only one build, or with different bytes. */
export function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = new Set(files(b));
  const out: string[] = [];
  for (const f of left) {
    if (!right.has(f)) out.push(`${f}: only in the first build`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`${f}: bytes differ`);
    right.delete(f);
  }
  for (const f of right) out.push(`${f}: only in the second build`);
  return out;
}

if (import.meta.main) {
  rmSync(work, { recursive: true, force: true });
  execFileSync(process.execPath, ['src/ingest/cli.ts'], { cwd: root, stdio: 'ignore' });
  const a = build('a');
  const b = build('b');
  const diff = differences(a, b);
  console.log(`check-reproducible: ${files(a).length} files in each build, ${diff.length} differ`);
  for (const d of diff) console.log(`  ${d}`);
  if (diff.length === 0) rmSync(work, { recursive: true, force: true });
  process.exit(diff.length === 0 ? 0 : 1);
}
