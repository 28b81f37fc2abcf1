/**
 * Nothing lost: every sentence of every real source is either on its
 * generated page or in the declared boilerplate report. The expected
 * sentences are derived here independently of the pipeline's own segmenter
 * (straight from the raw bytes), so a stage that drops text cannot hide it.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';
import { rawSentences } from '../support/raw-sentences.ts';

const contentDir = join(import.meta.dirname, '../../content');
const sourceFiles = readdirSync(join(contentDir, 'sources')).filter((n) => n.endsWith('.txt'));

/** The text an MDX page shows: its string literals, decoded. */
function mdxText(mdx: string): string {
  const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
  return Array.from(body.matchAll(/\{("(?:[^"\\]|\\.)*")\}/g), (m) => JSON.parse(m[1]!) as string).join('\n');
}

describe('nothing lost', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
  const result = runIngest({ contentDir, outDir });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const removed = result.output.report.boilerplate.flatMap((r) => r.removed);

  it('covers all five sources', () => {
    expect(sourceFiles.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of sourceFiles) {
    const slug = file.replace(/\.txt$/, '');
    it(`every sentence of ${slug} is on its page or in the boilerplate report`, () => {
      const page = mdxText(readFileSync(join(outDir, 'sources', `${slug}.mdx`), 'utf8')).replace(/\s+/g, ' ');
      const dropped = removed
        .filter((r) => r.source === slug)
        .map((r) => r.text.replace(/\s+/g, ' '))
        .join('\n');
      const sentences = rawSentences(readFileSync(join(contentDir, 'sources', file), 'utf8'));
      const missing = sentences.filter((s) => !page.includes(s) && !dropped.includes(s));
      expect(missing).toEqual([]);
      expect(sentences.length).toBeGreaterThan(5);
    });
  }

  it('writes byte-identical output for the same input', () => {
    const again = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
    runIngest({ contentDir, outDir: again });
    const list = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
    expect(list(again)).toEqual(list(outDir));
    for (const f of list(outDir).filter((f) => f.includes('.'))) {
      expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(outDir, f), 'utf8'));
    }
  });
});
