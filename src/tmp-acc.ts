import { readdirSync, readFileSync } from 'node:fs';
import { readContentConfig } from './harness/content-config.ts';
import { readSources } from './ingest/read-sources.ts';
import { ingestCorpus } from './ingest/pipeline.ts';
import { extractAgreements } from './ingest/agreements/extract.ts';
import { compileClassifier } from './ingest/classify.ts';
import { findMentions } from './ingest/agreements/find-candidates.ts';
const dir = 'content/sources';
const { sources } = readSources(
  readdirSync(dir).map((name) => ({ name, bytes: readFileSync(`${dir}/${name}`) })),
  dir,
);
const c = readContentConfig('content', false);
if (!c.ok) throw 2;
const out = ingestCorpus(sources, c.config);
const cl = compileClassifier(c.config.gazetteer, c.config.sectorTerms, ['cooperation']);
const ex = extractAgreements(out.documents, c.config.gazetteer, cl);
const needle = process.argv[2]!;
for (const u of ex.units.filter((u) => u.text.includes(needle))) {
  console.log('UNIT', u.text.slice(0, 150), u.blockPartners);
  console.log(findMentions(u.text).map((m) => [m.type, m.named, m.topic, m.formal, m.anaphor]));
  console.log(ex.candidates.filter((x) => x.unit === u).map((x) => [x.mention.named, x.partner, x.date]));
}
