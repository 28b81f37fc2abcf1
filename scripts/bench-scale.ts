/**
 * `npm run bench:scale -- 100 1000 10000`: does the build stay linear as the
 * collection grows? For each N it writes N synthetic documents into a temporary
 * content folder (paragraphs rebuilt from the real sources' and the extraction dev set's sentences, several
 * partners each), then times the ingest, the Astro build (and the link-preview images within it) and Pagefind (each
 * ingest and build in its own process under /usr/bin/time -v for peak memory),
 * measures dist/ and the index, and the bytes a first search downloads in
 * Chromium. Prints one Markdown table row per N (see docs/benchmarks.md).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';
import { readTestSet } from '../src/harness/extraction-testset.ts';
import { ingestCorpus } from '../src/ingest/pipeline.ts';
import { readSources } from '../src/ingest/read-sources.ts';
import { parseYaml } from '../src/ingest/yaml-data.ts';
import { boilerplateSchema, sectorTermsSchema } from '../src/schemas/config.ts';
import { gazetteerSchema } from '../src/schemas/gazetteer.ts';

const root = process.cwd();
const content = join(root, 'content');

/** A small seeded generator, so every run of the benchmark writes the same documents. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real corpus's paragraphs, by the partner they speak of (ingested by the real pipeline). */
function paragraphPools(): { byPartner: Map<string, string[][]>; general: string[][] } {
  const read = (f: string) => readFileSync(join(content, f), 'utf8');
  const g = parseYaml(gazetteerSchema, read('partners.yml'), 'partners.yml');
  const s = parseYaml(sectorTermsSchema, read('sectors.yml'), 'sectors.yml');
  const b = parseYaml(boilerplateSchema, read('boilerplate.yml'), 'boilerplate.yml');
  if (!g.ok || !s.ok || !b.ok) throw new Error('content/*.yml is invalid; run npm run ingest for details');
  const dir = join(content, 'sources');
  const { sources } = readSources(
    readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
    'content/sources',
  );
  // The extraction dev set's paragraphs too: the genres the extraction reads (lists, joint statements, reports).
  const devsetDir = join(root, 'tests/fixtures/devset');
  const devset = readTestSet(
    readdirSync(devsetDir)
      .filter((n) => n.endsWith('.txt') || n === 'expected.json')
      .map((name) => ({ name, bytes: readFileSync(join(devsetDir, name)) })),
    'tests/fixtures/devset',
  );
  if (!devset.ok)
    throw new Error('tests/fixtures/devset is invalid; run npm run eval:extraction -- tests/fixtures/devset');
  const { documents } = ingestCorpus([...sources, ...devset.sources], {
    gazetteer: g.value,
    sectorTerms: s.value,
    rules: b.value.rules,
  });
  const byPartner = new Map<string, string[][]>();
  const general: string[][] = [];
  for (const block of documents.flatMap((d) => d.blocks.filter((x) => x.kind === 'paragraph'))) {
    if (block.partners.length === 0) general.push(block.sentences);
    for (const p of block.partners) byPartner.set(p, [...(byPartner.get(p) ?? []), block.sentences]);
  }
  return { byPartner, general };
}

/** Document i: a title, 12–30 paragraphs on 2–4 partners, each paragraph 1–4 real sentences. */
export function syntheticDocument(
  i: number,
  pools: ReturnType<typeof paragraphPools>,
): { txt: string; yml: string } {
  const rnd = random(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const partners = [...pools.byPartner.keys()];
  const mine = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(partners));
  const paragraphs = Array.from({ length: 12 + Math.floor(rnd() * 19) }, (_, k) => {
    const pool =
      k % 4 === 3 && pools.general.length > 0 ? pools.general : pools.byPartner.get(mine[k % mine.length]!)!;
    const base = pick(pool);
    const extra = rnd() < 0.5 ? [pick(pick(pool))] : [];
    return [...base.slice(0, 1 + Math.floor(rnd() * 3)), ...extra].join(' ');
  });
  const year = 1990 + Math.floor(rnd() * 36);
  const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
  const title = `Synthetic report ${i}: ${paragraphs[0]!.split(' ').slice(0, 8).join(' ')}`;
  return {
    txt: `${paragraphs.join('\n\n')}\n`,
    yml: `title: ${JSON.stringify(title)}\npublished: "${year}-${month}"\nkind: report\n`,
  };
}

export function writeCorpus(dir: string, n: number): void {
  const pools = paragraphPools();
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const f of ['partners.yml', 'sectors.yml', 'boilerplate.yml']) cpSync(join(content, f), join(dir, f));
  // The editors' boilerplate rules name real sources; a rule that removes nothing is only a warning.
  for (let i = 1; i <= n; i++) {
    const { txt, yml } = syntheticDocument(i, pools);
    const slug = `synthetic-${String(i).padStart(5, '0')}`;
    writeFileSync(join(dir, 'sources', `${slug}.txt`), txt);
    writeFileSync(join(dir, 'sources', `${slug}.yml`), yml);
  }
}

interface Timed {
  seconds: number;
  peakMiB: number;
  output: string;
}

/** Runs node with args under /usr/bin/time -v: wall time and peak resident memory. */
function timed(args: string[], env: NodeJS.ProcessEnv = {}): Timed {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr)!;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const peakMiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)![1]) / 1024;
  return { seconds, peakMiB, output: run.stdout + run.stderr };
}

/** Astro logs every file it writes with its render time: the link-preview images' share of a build, in seconds. */
export function previewSeconds(buildLog: string): number {
  return (
    [...buildLog.matchAll(/\/og\/\S+\.png \(\+(\d+)ms\)/g)].reduce((sum, m) => sum + Number(m[1]), 0) / 1000
  );
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Bytes the browser downloads for the search page and one query, and the result count it shows. */
async function firstSearch(
  dist: string,
  query: string,
): Promise<{ pageBytes: number; searchBytes: number; results: number }> {
  const server = await serve(dist);
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    // Without the service worker, whose caching on a first visit is measured by bench:offline.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    let bytes = 0;
    page.on('response', async (r) => {
      bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`http://127.0.0.1:${port}/search/`);
    await page.waitForLoadState('networkidle');
    const pageBytes = bytes;
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    return {
      pageBytes,
      searchBytes: bytes - pageBytes,
      results: await page.locator('[data-search-results] li').count(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const MiB = (b: number) => (b / 1024 / 1024).toFixed(1);

async function bench(n: number, keep: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${n}-`));
  try {
    const contentDir = join(dir, 'content');
    writeCorpus(contentDir, n);
    const ingest = timed(['src/ingest/cli.ts', '--content', contentDir]);
    const again = timed(['src/ingest/cli.ts', '--content', contentDir]);
    const dist = join(dir, 'dist');
    const build = timed(['node_modules/astro/bin/astro.mjs', 'build'], {
      ATLAS_GENERATED_DIR: join(contentDir, 'generated'),
      ATLAS_OUT_DIR: dist,
      ATLAS_CACHE_DIR: join(dir, 'cache'),
    });
    const pagefind = Number(/indexed \d+ pages .* in ([\d.]+) s/.exec(build.output)?.[1] ?? NaN);
    const pages = Number(/indexed (\d+) pages/.exec(build.output)?.[1] ?? NaN);
    const astro = build.seconds - pagefind;
    const search = await firstSearch(dist, 'quantum');
    const total = ingest.seconds + build.seconds;
    const row = [
      n,
      pages,
      ingest.seconds.toFixed(1),
      again.seconds.toFixed(1),
      astro.toFixed(1),
      pagefind.toFixed(1),
      `${previewSeconds(build.output).toFixed(1)} (${MiB(bytesUnder(join(dist, 'og')))} MiB)`,
      ((total / n) * 1000).toFixed(0),
      Math.round(Math.max(ingest.peakMiB, build.peakMiB)),
      MiB(bytesUnder(dist)),
      MiB(bytesUnder(join(dist, 'pagefind'))),
      `${(search.searchBytes / 1024).toFixed(0)} KiB (${search.results} results)`,
    ];
    return `| ${row.join(' | ')} |`;
  } finally {
    if (keep) console.error(`kept ${dir} (content/, its generated/, cache/ and dist/)`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  // --keep leaves each N's folder in place, to build or search it again by hand.
  const keep = process.argv.includes('--keep');
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  console.log(
    `| N | pages | ingest s | re-ingest s | Astro s | Pagefind s | previews s (MiB) | ms per document | peak MiB | dist MiB | index MiB | first search |`,
  );
  console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|`);
  for (const n of sizes.length > 0 ? sizes : [100, 1000]) console.log(await bench(n, keep));
  console.log(
    `machine: ${execFileSync('nproc').toString().trim()} cores, ${(Number(execFileSync('awk', ['/MemTotal/ {print $2}', '/proc/meminfo']).toString()) / 1024 / 1024).toFixed(0)} GiB; ${new Date().toISOString()}`,
  );
}
