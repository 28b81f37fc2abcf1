/**
 * Agreements for the whole corpus: extract, apply the editor's overrides,
 * verify every quote, report what was left out. Pure; the pipeline calls it.
 */
import { LineCounter, parseDocument, isNode, isSeq } from 'yaml';
import { overridesFileSchema, type Agreement, type Override } from '../../schemas/agreement.ts';
import type { SectorTerms } from '../../schemas/config.ts';
import type { Gazetteer } from '../../schemas/gazetteer.ts';
import type { Classifier } from '../classify.ts';
import type { DocumentModel } from '../document.ts';
import type { IngestProblem } from '../errors.ts';
import { compilePartnerNames } from '../partner-names.ts';
import { parseYaml } from '../yaml-data.ts';
import { applyOverrides, verifyQuotes, type SourceText } from './apply-overrides.ts';
import { extractAgreements } from './extract.ts';
import { extractionReport, type ExtractionReport } from './report.ts';
import { compareIsoDates } from '../../utils/dates.ts';

export interface AgreementsConfig {
  gazetteer: Gazetteer;
  sectorTerms: SectorTerms;
  overrides?: { file: string; text: string };
}

export interface AgreementsOutput {
  agreements: Agreement[];
  agreementReport: ExtractionReport;
  problems: IngestProblem[];
}

/** Overrides file text → overrides and a way to find each one's line, or problems. */
function readOverrides(overrides: { file: string; text: string } | undefined): {
  list: Override[];
  lineOf: (i: number, field?: string) => number | undefined;
  problems: IngestProblem[];
} {
  if (!overrides) return { list: [], lineOf: () => undefined, problems: [] };
  const parsed = parseYaml(overridesFileSchema, overrides.text, overrides.file);
  if (!parsed.ok) return { list: [], lineOf: () => undefined, problems: parsed.problems };
  const lineCounter = new LineCounter();
  const doc = parseDocument(overrides.text, { lineCounter });
  const lineOf = (i: number, field?: string) => {
    const path: (string | number)[] = [
      'overrides',
      i,
      ...(field
        ? field
            .split(/[.[\]]+/)
            .filter(Boolean)
            .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
        : []),
    ];
    for (let n = path.length; n >= 2; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    const seq = doc.get('overrides', true);
    return isSeq(seq) ? undefined : undefined;
  };
  return { list: parsed.value.overrides, lineOf, problems: [] };
}

const byPartnerDateName = (a: Agreement, b: Agreement) =>
  (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0) ||
  compareIsoDates(a.date, b.date) ||
  a.name.localeCompare(b.name, 'en');

export function buildAgreements(
  documents: readonly DocumentModel[],
  config: AgreementsConfig,
  classifier: Classifier,
): AgreementsOutput {
  const extraction = extractAgreements(documents, config.gazetteer, classifier);
  const sources = new Map<string, SourceText>(
    documents.map((d) => [d.slug, { slug: d.slug, file: d.file, blocks: d.blocks }]),
  );
  const { list, lineOf, problems } = readOverrides(config.overrides);
  const partnerNames = compilePartnerNames(config.gazetteer);
  const result = applyOverrides(
    extraction.records.map((r) => r.record),
    list,
    {
      file: config.overrides?.file ?? 'content/agreements.yml',
      lineOf,
      sources,
      partners: new Set(Object.keys(config.gazetteer)),
      isPartner: (name, partner) => partnerNames.find(name).some((m) => m.partner === partner),
      sectorsOf: classifier.sectors,
    },
  );
  const agreements = [...result.records].sort(byPartnerDateName);
  return {
    agreements,
    agreementReport: extractionReport(extraction.units, agreements, result.applied),
    problems: [
      ...problems,
      ...result.problems,
      ...verifyQuotes(agreements, sources, 'content/generated/agreements.json'),
    ],
  };
}
