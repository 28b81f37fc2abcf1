/**
 * The whole ingest as one pure function: validated sources and editors' data
 * in, generated files and a report out. The CLI only reads and writes.
 */
import type { BoilerplateRule, SectorTerms } from '../schemas/config.ts';
import type { Gazetteer } from '../schemas/gazetteer.ts';
import { sectors as sectorVocabulary } from '../schemas/config.ts';
import { conversionRules, type ConversionRule, type Partner } from '../schemas/source.ts';
import { createHash } from 'node:crypto';
import { compileClassifier, rankSectors, type Classifier } from './classify.ts';
import { ingestDocument, type DocumentModel, type SourceInput } from './document.ts';
import { passagesToMdx, sourceToMdx } from './mdx.ts';
import { groupBy } from '../utils/group-by.ts';
import type { Agreement } from '../schemas/agreement.ts';
import type { IngestProblem } from './errors.ts';
import { buildAgreements } from './agreements/build.ts';
import { agenciesText, indianAgencies, instrumentsText, vocabulary } from './agreements/vocabulary.ts';
import type { ExtractionReport } from './agreements/report.ts';

export interface IngestConfig {
  gazetteer: Gazetteer;
  sectorTerms: SectorTerms;
  rules: readonly (BoilerplateRule & { id: string })[];
  /** The editor's agreement overrides (`content/agreements.yml`), as text; absent means none. */
  overrides?: { file: string; text: string };
}

export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  content: string;
}

export interface RuleReport {
  rule: string;
  why: string;
  lines: number;
  sentences: number;
  /** Every removed line, with its file and line number, so nothing vanishes unseen. */
  removed: { source: string; line: number; text: string }[];
}

/** Lines `npm run add` left out of converted originals (each source's `.yml`, `removed:`), per conversion rule. */
export interface ConversionReport {
  rule: ConversionRule;
  why: string;
  lines: number;
  removed: { source: string; page?: number; text: string }[];
}

export interface IngestReport {
  documents: number;
  paragraphs: number;
  sentences: number;
  passagesByPartner: Record<string, number>;
  boilerplate: RuleReport[];
  converted: ConversionReport[];
  warnings: string[];
}

/** A document's model from an earlier run, with the key of everything it was made from. */
export interface CachedDocument {
  key: string;
  model: DocumentModel;
}

/** The agreements of an earlier run, with the key of every input they were made from. */
export interface CachedAgreements {
  key: string;
  agreements: Agreement[];
  agreementReport: ExtractionReport;
}

export interface IngestOutput {
  documents: DocumentModel[];
  /** Slugs whose model was made afresh (not taken from the cache), in slug order. */
  reingested: string[];
  /** Every document's model and key, for the next run. */
  cache: Record<string, CachedDocument>;
  /** The agreements and their key, for the next run; `reused` when taken from the previous one. */
  agreementsCache: CachedAgreements & { reused: boolean };
  partners: Partner[];
  files: GeneratedFile[];
  report: IngestReport;
  agreements: Agreement[];
  agreementReport: ExtractionReport;
  /** Bad overrides or unverifiable quotes: the CLI writes nothing when there are any. */
  problems: IngestProblem[];
}

const MAIN_TOPICS = 4;

function summarisePartners(documents: readonly DocumentModel[], config: IngestConfig): Partner[] {
  // Blocks grouped by partner once: the gazetteer knows every country, the corpus names a few.
  const blocksOf = new Map<string, DocumentModel['blocks']>();
  const sourcesOf = new Map<string, number>();
  for (const d of documents) {
    for (const p of d.partners) sourcesOf.set(p, (sourcesOf.get(p) ?? 0) + 1);
    for (const b of d.blocks)
      if (b.kind === 'paragraph')
        for (const p of b.partners) blocksOf.set(p, [...(blocksOf.get(p) ?? []), b]);
  }
  return [...sourcesOf.keys()]
    .filter((id) => config.gazetteer[id] !== undefined)
    .map((id) => {
      const g = config.gazetteer[id]!;
      const blocks = blocksOf.get(id) ?? [];
      // Each block already carries its sectors, so a cached document needs no classifier.
      const sectorsOf = new Map(blocks.map((b) => [b.text, b.sectors]));
      const topics = rankSectors(
        blocks.map((b) => b.text),
        (t) => sectorsOf.get(t) ?? [],
        sectorVocabulary,
      ).slice(0, MAIN_TOPICS);
      return {
        id,
        name: g.name,
        adjective: g.adjective,
        names: g.names,
        sources: sourcesOf.get(id)!,
        passages: blocks.length,
        topics,
        ...(g.emblem ? { emblem: g.emblem } : {}),
        ...(g.iso2 ? { iso2: g.iso2 } : {}),
        ...(g.iso3 ? { iso3: g.iso3 } : {}),
        ...(g.isoNumeric ? { isoNumeric: g.isoNumeric } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The classifier of a config: its gazetteer and sectors, with the instrument vocabulary's cooperation words. */
function classifierOf(config: IngestConfig): Classifier {
  return compileClassifier(
    config.gazetteer,
    config.sectorTerms,
    vocabulary().cooperation,
    vocabulary().instruments.multilateral,
    indianAgencies().flatMap((a) => [a.name, a.acronym]),
  );
}

/** The key of a document's model: its text and metadata, the editors' config, and the ingest code's version. */
export function documentKey(source: SourceInput, config: IngestConfig, codeVersion: string): string {
  return createHash('sha256')
    .update(codeVersion)
    .update('\0')
    .update(configHash(config))
    .update('\0')
    .update(JSON.stringify(source))
    .digest('hex');
}

/** The config's part of every document key, hashed once per config: the gazetteer alone is some 100 KB of JSON. */
const configHashes = new WeakMap<IngestConfig, string>();
function configHash(config: IngestConfig): string {
  let hash = configHashes.get(config);
  if (hash === undefined) {
    // Agreement overrides do not change a document's model, so editing them re-ingests nothing.
    const { overrides: _overrides, ...documentConfig } = config;
    // The instrument vocabulary's cooperation words decide which countries a document presents.
    hash = createHash('sha256')
      .update(JSON.stringify(documentConfig))
      .update(instrumentsText())
      .digest('hex');
    configHashes.set(config, hash);
  }
  return hash;
}

/**
 * `previous` holds models from an earlier run: a document whose key is unchanged
 * is taken from it, so re-running with nothing changed classifies nothing and one
 * edited document re-ingests only itself. `codeVersion` (a hash of the ingest's
 * code) makes a code change invalidate every entry.
 */
export function ingestCorpus(
  sources: readonly SourceInput[],
  config: IngestConfig,
  previous: Readonly<Record<string, CachedDocument>> = {},
  codeVersion = '',
  previousAgreements?: CachedAgreements,
): IngestOutput {
  let classifier: Classifier | undefined;
  const reingested: string[] = [];
  const cache: Record<string, CachedDocument> = {};
  const documents = [...sources]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((s) => {
      const key = documentKey(s, config, codeVersion);
      const earlier = previous[s.slug];
      if (earlier?.key === key) {
        cache[s.slug] = earlier;
        return earlier.model;
      }
      classifier ??= classifierOf(config);
      const model = ingestDocument(s, config.rules, classifier);
      reingested.push(s.slug);
      cache[s.slug] = { key, model };
      return model;
    });
  const partners = summarisePartners(documents, config);

  const files: GeneratedFile[] = [];
  for (const doc of documents) {
    files.push({ path: `sources/${doc.slug}.mdx`, content: sourceToMdx(doc) });
    for (const partner of doc.partners)
      files.push({ path: `countries/${partner}/${doc.slug}.mdx`, content: passagesToMdx(doc, partner) });
  }
  files.push({ path: 'partners.json', content: `${JSON.stringify(partners, null, 2)}\n` });

  const dropped = documents.flatMap((d) => d.dropped.map((x) => ({ ...x, source: d.slug })));
  const byRule = groupBy(dropped, (x) => x.rule);
  const boilerplate = config.rules.map((r) => {
    const hits = byRule.get(r.id) ?? [];
    return {
      rule: r.id,
      why: r.why,
      lines: hits.length,
      sentences: hits.reduce((n, h) => n + h.sentences.length, 0),
      removed: hits.map((h) => ({ source: h.source, line: h.line, text: h.text })),
    };
  });
  const warnings = [
    ...documents
      .filter((d) => d.partners.length === 0)
      .map(
        (d) => `${d.file}: names no partner country in content/partners.yml; it is listed under Sources only`,
      ),
    // The feeds of new agreements (src/utils/feed.ts) order records by the day their source was added.
    ...documents
      .filter((d) => !d.meta.added)
      .map(
        (d) =>
          `${d.file}: its metadata has no \`added:\` date, so the feeds of new agreements ${d.meta.published ? 'date its records by `published`' : 'leave its records out'}; add \`added: YYYY-MM-DD\`, the day it was added to the site`,
      ),
    ...boilerplate
      .filter((b) => b.lines === 0)
      .map(
        (b) =>
          `content/boilerplate.yml: rule "${b.rule}" removed nothing; delete it if its page furniture is gone`,
      ),
  ];
  const report: IngestReport = {
    documents: documents.length,
    paragraphs: documents.reduce((n, d) => n + d.blocks.length, 0),
    sentences: documents.reduce((n, d) => n + d.blocks.reduce((m, b) => m + b.sentences.length, 0), 0),
    passagesByPartner: Object.fromEntries(partners.map((p) => [p.id, p.passages])),
    boilerplate,
    converted: [
      ...groupBy(
        documents.flatMap((d) => (d.meta.removed ?? []).map((r) => ({ ...r, source: d.slug }))),
        (r) => r.rule,
      ),
    ].map(([rule, hits]) => ({
      rule,
      why: conversionRules[rule],
      lines: hits.length,
      removed: hits.map(({ source, text, page }) => ({
        source,
        text,
        ...(page === undefined ? {} : { page }),
      })),
    })),
    warnings,
  };
  files.push({ path: 'report.json', content: `${JSON.stringify(report, null, 2)}\n` });

  // Agreements are corpus-wide (one instrument, many documents): any changed input rebuilds them all,
  // and none rebuilds nothing. Only a run without problems is cached, so a reused one has none.
  const key = agreementsKey(
    Object.entries(cache).map(([slug, c]) => [slug, c.key]),
    config,
    codeVersion,
  );
  const reused = previousAgreements?.key === key;
  classifier ??= reused ? undefined : classifierOf(config);
  const { agreements, agreementReport, problems } = reused
    ? { ...previousAgreements, problems: [] }
    : buildAgreements(documents, config, classifier!);
  files.push({ path: 'agreements.json', content: `${JSON.stringify(agreements, null, 2)}\n` });
  files.push({ path: 'agreements-report.json', content: `${JSON.stringify(agreementReport, null, 2)}\n` });
  const agreementsCache = { key, agreements, agreementReport, reused };
  return {
    documents,
    reingested,
    cache,
    agreementsCache,
    partners,
    files,
    report,
    agreements,
    agreementReport,
    problems,
  };
}

/** The key of the agreements: every document's key, the editors' overrides and vocabularies, the code's version. */
function agreementsKey(
  documentKeys: readonly (readonly [string, string])[],
  config: IngestConfig,
  codeVersion: string,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        codeVersion,
        config.gazetteer,
        config.sectorTerms,
        config.overrides ?? null,
        instrumentsText(),
        agenciesText(),
        documentKeys,
      ]),
    )
    .digest('hex');
}
