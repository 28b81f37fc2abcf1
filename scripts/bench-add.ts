/**
 * `npm run bench:add [-- PAGES]`: how long `npm run add` takes on a long PDF. Typesets a PDF of PAGES
 * pages (100 by default; two columns, running head, "Page N of M", footnotes; the five sources' text
 * over and over) with the tests' typesetter, then times, in a temporary copy of the content folder:
 * the conversion alone (in this process), and the whole command in its own process (conversion, the
 * files, the ingest of every source). Prints a Markdown table row (see docs/benchmarks.md).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertPdf } from '../src/add/convert-pdf.ts';
import { blocksOf, typesetPdf, type Block } from '../tests/support/typeset-pdf.ts';

const root = process.cwd();
const pages = Number(process.argv[2] ?? 100);

const sourcesDir = join(root, 'content/sources');
const corpus: Block[] = readdirSync(sourcesDir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .flatMap((n) => blocksOf(readFileSync(join(sourcesDir, n), 'utf8').replace(/\u00A0/g, ' ')));

/** Enough of the corpus, repeated, to fill `pages` pages (found by doubling, then trimmed). */
async function pdfOf(target: number): Promise<{ bytes: Uint8Array; pages: number }> {
  const layout = {
    columns: 2 as const,
    header: 'Bench report · India’s science and technology partnerships',
    footer: (p: number, n: number) => `Page ${p} of ${n}`,
    breakAfterHyphens: true,
  };
  let blocks = corpus;
  for (;;) {
    const bytes = await typesetPdf(blocks, layout);
    const text = new TextDecoder('latin1').decode(bytes);
    const count = (text.match(/\/Type \/Page\b/g) ?? []).length;
    if (count >= target) {
      // Trim to the target by the share of blocks per page.
      const keep = Math.floor((blocks.length * target) / count);
      const trimmed = await typesetPdf(blocks.slice(0, keep), layout);
      return {
        bytes: trimmed,
        pages: (new TextDecoder('latin1').decode(trimmed).match(/\/Type \/Page\b/g) ?? []).length,
      };
    }
    blocks = [...blocks, ...corpus];
  }
}

const { bytes, pages: made } = await pdfOf(pages);
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-add-'));
try {
  const file = join(dir, 'bench-report.pdf');
  writeFileSync(file, bytes);

  const t = performance.now();
  const converted = await convertPdf(bytes);
  const convertMs = performance.now() - t;
  if (!converted.ok) throw new Error(converted.failure.message);

  cpSync(join(root, 'content'), join(dir, 'content'), {
    recursive: true,
    filter: (s) => !s.includes('generated'),
  });
  // GNU time gives the command's CPU time too: on a shared machine, wall time alone says little.
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S',
      process.execPath,
      join(root, 'scripts/add.ts'),
      file,
      '--content',
      join(dir, 'content'),
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  const [wall, user, sys] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [
    number,
    number,
    number,
  ];
  const { paragraphs, removed } = converted.conversion;
  console.log(
    '| pages | PDF size | paragraphs | removed lines | conversion (in process, cold) | `npm run add`, wall | `npm run add`, CPU |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${made} | ${(statSync(file).size / 1e6).toFixed(1)} MB | ${paragraphs.length} | ${removed.length} | ${(convertMs / 1000).toFixed(2)} s | ${wall.toFixed(2)} s | ${(user + sys).toFixed(2)} s |`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
