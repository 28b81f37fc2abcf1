/**
 * One fixture folder per behaviour of the agreement extraction
 * (`tests/fixtures/agreements/<case>/input.txt` → `expected.json`): the text is
 * ingested as a document of its own, with the project's vocabularies and no
 * overrides, and the records' readable fields must equal the expectation.
 * A folder named after a stage (`units-…`, `mentions-…`, `attributes-…`,
 * `references-…`, `acceptance-…`) also pins what that stage makes of the text
 * (src/ingest/agreements/: sentence-units.ts, mentions.ts, find-candidates.ts,
 * references.ts, acceptance.ts), so a change to one stage shows where it lands.
 * The sentences are written for these tests from the genres' general patterns;
 * the `new-user-…` folders are the sentences of issue 11 ("tried as a new user
 * would"), in words of their own.
 * `UPDATE_GOLDEN=1 npm run test:unit` rewrites the expectations; review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentConfig } from '../../src/harness/content-config.ts';
import { compileClassifier } from '../../src/ingest/classify.ts';
import { normaliseText } from '../../src/ingest/normalise.ts';
import { ingestCorpus } from '../../src/ingest/pipeline.ts';
import { extractAgreements, type Extraction } from '../../src/ingest/agreements/extract.ts';
import { findMentions } from '../../src/ingest/agreements/mentions.ts';
import { indianAgencies, vocabulary } from '../../src/ingest/agreements/vocabulary.ts';
import type { Candidate } from '../../src/ingest/agreements/find-candidates.ts';

const root = join(import.meta.dirname, '../fixtures/agreements');
const content = readContentConfig(join(import.meta.dirname, '../../content'), false);
if (!content.ok) throw new Error('content/*.yml is invalid; run npm run ingest for details');
const config = content.config;
const update = process.env.UPDATE_GOLDEN === '1';

const STAGES = ['units', 'mentions', 'attributes', 'references', 'acceptance'] as const;
type Stage = (typeof STAGES)[number];

function ingest(slug: string, text: string) {
  const normalised = normaliseText(text);
  const out = ingestCorpus(
    [{ slug, file: `${slug}/input.txt`, meta: { title: normalised.split('\n')[0]! }, text: normalised }],
    config,
  );
  expect(out.problems).toEqual([]);
  return out;
}

function records(out: ReturnType<typeof ingest>) {
  return out.agreements.map((r) => ({
    type: r.type,
    name: r.name,
    partner: r.partner,
    date: r.date,
    parties: r.parties.map((p) => p.acronym ?? p.name),
    status: r.status?.state ?? null,
    aliases: r.aliases,
  }));
}

const said = (c: Candidate) => c.unit.text.slice(c.mention.start, c.mention.end);

/** What one stage makes of the document, in a form a reader can check. */
function stageOutput(stage: Stage, ex: Extraction): unknown {
  const real = ex.candidates.filter((c) => c.antecedent === null);
  switch (stage) {
    case 'units':
      return ex.units.map((u) => ({ sentence: u.text, quotes: u.parts.length, listDate: u.listDate }));
    case 'mentions':
      return ex.units.flatMap((u) =>
        findMentions(u.text).map((m) => ({
          said: u.text.slice(m.start, m.end),
          type: m.type,
          named: m.named,
          refersBack: m.anaphor || m.parentRef,
          item: m.item,
        })),
      );
    case 'attributes':
      return real.map((c) => ({
        said: said(c),
        date: c.date,
        parties: c.parties.map((p) => `${p.acronym ?? p.name} (${p.side})`),
        status: c.status ?? null,
        topic: c.topic ?? c.mention.topic,
      }));
    case 'references':
      return ex.candidates
        .filter((c) => c.antecedent !== null)
        .map((c) => ({ sentence: c.unit.text, refersTo: said(ex.candidates[c.antecedent!]!) }));
    case 'acceptance':
      return ex.units.flatMap((u) =>
        findMentions(u.text)
          .filter((m) => !m.anaphor && !m.parentRef)
          .map((m) => ({
            said: u.text.slice(m.start, m.end),
            accepted: real.some((c) => c.unit === u && c.mention.start === m.start),
          })),
      );
  }
}

describe('agreement extraction, one behaviour per fixture folder', () => {
  for (const slug of readdirSync(root).sort()) {
    it(slug.replace(/-/g, ' '), () => {
      const out = ingest(slug, readFileSync(join(root, slug, 'input.txt'), 'utf8'));
      const stage = STAGES.find((s) => slug.startsWith(`${s}-`));
      let got: unknown = records(out);
      if (stage) {
        const classifier = compileClassifier(
          config.gazetteer,
          config.sectorTerms,
          vocabulary().cooperation,
          vocabulary().instruments.multilateral,
          indianAgencies().flatMap((a) => [a.name, a.acronym]),
        );
        const ex = extractAgreements(out.documents, config.gazetteer, classifier);
        got = { [stage]: stageOutput(stage, ex), records: got };
      }
      const file = join(root, slug, 'expected.json');
      if (update) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
      if (!existsSync(file))
        throw new Error(
          `${file} is missing: run UPDATE_GOLDEN=1 npm run test:unit, then review what it wrote`,
        );
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }

  it('has a folder for every stage of the extraction', () => {
    const folders = readdirSync(root);
    for (const stage of STAGES)
      expect(
        folders.some((f) => f.startsWith(`${stage}-`)),
        stage,
      ).toBe(true);
  });
});
