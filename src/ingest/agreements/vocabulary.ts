/**
 * The instrument vocabulary (`content/instruments.yml`) compiled for the
 * extraction stages: cue patterns, type heads, statuses, event words, scope.
 * Read once from the project's content folder, like the sector labels; the CLI
 * validates the file first (so a bad entry stops the ingest naming the line),
 * and the ingest's cache keys include its text.
 */
import { readFileSync } from 'node:fs';
import { statusStates, type AgreementType, type AgreementStatus } from '../../schemas/agreement.ts';

type StatusState = AgreementStatus['state'];
import { agenciesSchema, type Agency } from '../../schemas/agencies.ts';
import { instrumentsSchema, type InstrumentFamily, type Instruments } from '../../schemas/instruments.ts';
import { formatProblem, type IngestProblem } from '../errors.ts';
import escapeStringRegexp from 'escape-string-regexp';
import { compileTerms, isCaseSensitive, type TermMatcher } from '../terms.ts';
import { parseYaml } from '../yaml-data.ts';

export const INSTRUMENTS_FILE = 'content/instruments.yml';

export interface Cue {
  type: AgreementType;
  /** The form as written in the vocabulary. */
  form: string;
  /** Anchored (`^…$`) pattern of the form, to tell which form a match is. */
  whole: RegExp;
  formal: boolean;
}

export interface Vocabulary {
  instruments: Instruments;
  /** Every form, longest first, in one pass: global, case-sensitive and insensitive. */
  cuePatterns: RegExp[];
  /** The cue a matched text is (the first form whose pattern matches it whole). */
  cueOf(text: string): Cue | undefined;
  family(type: AgreementType): InstrumentFamily;
  priority(type: AgreementType): number;
  formal(type: AgreementType): boolean;
  shortLabel(type: AgreementType): string | undefined;
  /** Acronyms of instrument words (MoU, JWG): never a party. */
  instrumentAcronyms: ReadonlySet<string>;
  events: TermMatcher;
  cooperation: readonly string[];
  multilateral: TermMatcher;
  outOfScope: TermMatcher;
  inScope: TermMatcher;
  diplomaticLabels: TermMatcher;
  advisory: TermMatcher;
  gatherings: TermMatcher;
  ordinals: TermMatcher;
  /** Lowercase words an organisation's name in another language carries ("d'", "delle"). */
  nameParticles: ReadonlySet<string>;
  /** An organisation's head word in another language ("Consiglio", "Centre"), anywhere in a name. */
  organisationHead: RegExp;
  /** States, strongest first, each with its words. */
  statuses: readonly (readonly [StatusState, TermMatcher])[];
  /** States weakest first: a later one outranks an earlier one. */
  statusRank: readonly StatusState[];
}

/** "Joint … Committee": the ellipsis stands for up to six capitalised words (and their connectors). */
function formPattern(form: string): string {
  const parts = form.split('…').map((p) => p.trim());
  const body = parts
    .map((p) => escapeStringRegexp(p).replace(/ /g, '\\s+'))
    .join("(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{N}&'’-]*|and|&|of|for)){0,6}\\s+");
  const start = /^[\p{L}\p{N}]/u.test(form) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(form) ? '(?![\\p{L}\\p{N}])' : '';
  return `${start}${body}${end}`;
}

export function compileVocabulary(instruments: Instruments): Vocabulary {
  const types = Object.entries(instruments.types) as [AgreementType, Instruments['types'][AgreementType]][];
  const cues: (Cue & { sensitive: boolean; pattern: string })[] = types
    .flatMap(([type, t]) =>
      t.forms.map((form) => {
        const sensitive = t.proper === true || isCaseSensitive(form);
        const pattern = formPattern(form);
        return {
          type,
          form,
          formal: t.formal || (t.formalForms ?? []).includes(form),
          sensitive,
          pattern,
          whole: new RegExp(`^${pattern}$`, sensitive ? 'u' : 'iu'),
        };
      }),
    )
    .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  const group = (sensitive: boolean) => cues.filter((c) => c.sensitive === sensitive).map((c) => c.pattern);
  const cuePatterns = [new RegExp(group(true).join('|'), 'gu'), new RegExp(group(false).join('|'), 'giu')];
  const entry = (type: AgreementType) => instruments.types[type]!;
  const order = statusStates.filter((st) => instruments.statuses[st] !== undefined);
  return {
    instruments,
    cuePatterns,
    cueOf: (text) => cues.find((c) => c.whole.test(text)),
    family: (type) => entry(type).family,
    priority: (type) => entry(type).priority,
    formal: (type) => entry(type).formal,
    shortLabel: (type) => entry(type).short,
    instrumentAcronyms: new Set(types.flatMap(([, t]) => t.acronyms ?? [])),
    events: compileTerms(instruments.events),
    cooperation: instruments.cooperation,
    multilateral: compileTerms(instruments.multilateral),
    outOfScope: compileTerms(instruments.outOfScope),
    inScope: compileTerms(instruments.inScope),
    diplomaticLabels: compileTerms(instruments.diplomaticLabels),
    advisory: compileTerms(instruments.advisory),
    gatherings: compileTerms(instruments.gatherings),
    ordinals: compileTerms(instruments.ordinals),
    nameParticles: new Set(instruments.nameParticles),
    organisationHead: new RegExp(
      `(?<![\\p{L}])(?:${instruments.organisationHeads.map((w) => escapeStringRegexp(w)).join('|')})(?![\\p{L}])`,
      'u',
    ),
    statuses: [...order].reverse().map((s) => [s, compileTerms(instruments.statuses[s]!)] as const),
    statusRank: order,
  };
}

/** The vocabulary file of a content folder: text, or problems naming the line and the fix. */
export function readInstruments(text: string, file = INSTRUMENTS_FILE) {
  return parseYaml(instrumentsSchema, text, file);
}

/** Only reached when a vocabulary file is broken and no CLI checked it first (the CLI reports it as a problem). */
function vocabularyError(problems: readonly IngestProblem[]): Error {
  return new Error(problems.map(formatProblem).join('\n'));
}

let projectVocabulary: Vocabulary | undefined;
let projectText: string | undefined;

/** The project's `content/instruments.yml` (resolved from this module, so any working directory works). */
export function instrumentsText(): string {
  projectText ??= readFileSync(new URL('../../../content/instruments.yml', import.meta.url), 'utf8');
  return projectText;
}

export function vocabulary(): Vocabulary {
  if (!projectVocabulary) {
    const parsed = readInstruments(instrumentsText());
    if (!parsed.ok) throw vocabularyError(parsed.problems);
    projectVocabulary = compileVocabulary(parsed.value);
  }
  return projectVocabulary;
}

let agencyText: string | undefined;
let agencyList: readonly Agency[] | undefined;

/** The project's `content/agencies.yml` as text (part of the ingest's cache keys). */
export function agenciesText(): string {
  agencyText ??= readFileSync(new URL('../../../content/agencies.yml', import.meta.url), 'utf8');
  return agencyText;
}

/** India's agencies, "Department of Atomic Energy" ↔ "DAE", from `content/agencies.yml`. */
export function indianAgencies(): readonly Agency[] {
  if (!agencyList) {
    const parsed = parseYaml(agenciesSchema, agenciesText(), 'content/agencies.yml');
    if (!parsed.ok) throw vocabularyError(parsed.problems);
    agencyList = parsed.value.india;
  }
  return agencyList;
}

/** Problems in the project's vocabulary files, each naming the file, the line and the fix; none when both are valid. */
export function vocabularyProblems(): IngestProblem[] {
  const instruments = readInstruments(instrumentsText());
  const agencies = parseYaml(agenciesSchema, agenciesText(), 'content/agencies.yml');
  return [...(instruments.ok ? [] : instruments.problems), ...(agencies.ok ? [] : agencies.problems)];
}
