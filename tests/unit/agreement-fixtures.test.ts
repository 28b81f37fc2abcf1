/**
 * One fixture folder per behaviour of the agreement extraction
 * (`tests/fixtures/agreements/<case>/input.txt` → `expected.json`): the text is
 * ingested as a document of its own, with the project's vocabularies and no
 * overrides, and the records' readable fields must equal the expectation.
 * The sentences are written for these tests from the genres' general patterns.
 * `UPDATE_GOLDEN=1 npm run test:unit` rewrites the expectations; review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentConfig } from '../../src/harness/content-config.ts';
import { normaliseText } from '../../src/ingest/normalise.ts';
import { ingestCorpus } from '../../src/ingest/pipeline.ts';

const root = join(import.meta.dirname, '../fixtures/agreements');
const content = readContentConfig(join(import.meta.dirname, '../../content'), false);
if (!content.ok) throw new Error('content/*.yml is invalid; run npm run ingest for details');
const update = process.env.UPDATE_GOLDEN === '1';

function records(slug: string, text: string) {
  const normalised = normaliseText(text);
  const out = ingestCorpus(
    [{ slug, file: `${slug}/input.txt`, meta: { title: normalised.split('\n')[0]! }, text: normalised }],
    content.ok ? content.config : (undefined as never),
  );
  expect(out.problems).toEqual([]);
  return out.agreements.map((r) => ({
    type: r.type,
    name: r.name,
    partner: r.partner,
    date: r.date,
    parties: r.parties.map((p) => p.acronym ?? p.name),
    status: r.status?.state ?? null,
  }));
}

describe('agreement extraction, one behaviour per fixture folder', () => {
  for (const slug of readdirSync(root).sort()) {
    it(slug.replace(/-/g, ' '), () => {
      const got = records(slug, readFileSync(join(root, slug, 'input.txt'), 'utf8'));
      const file = join(root, slug, 'expected.json');
      if (update) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
      if (!existsSync(file))
        throw new Error(
          `${file} is missing: run UPDATE_GOLDEN=1 npm run test:unit, then review what it wrote`,
        );
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
