/**
 * Which words name an instrument, and of which type. Formal instruments
 * (MoU, MoC, agreement…) are records wherever the text says one was made;
 * looser ones (programme, initiative, dialogue…) only when they carry a name.
 */
import { statusStates, type AgreementType } from '../../schemas/agreement.ts';

export interface Cue {
  type: AgreementType;
  re: RegExp;
  /** A formal instrument: a record even unnamed ("an MoU was signed between …"). */
  formal: boolean;
}

/** Most specific first; a later cue never claims words an earlier one took. */
export const CUES: readonly Cue[] = [
  { type: 'inter-governmental-agreement', re: /Inter-?\s?Governmental Agreements?/giu, formal: true },
  {
    type: 'mou',
    re: /Memorand(?:um|a) of Understanding|(?<![\p{L}])MOU['’]?s?(?![\p{L}])|(?<![\p{L}])MoUs?(?![\p{L}])/giu,
    formal: true,
  },
  {
    type: 'moc',
    re: /Memorand(?:um|a) of Co-?operation|(?<![\p{L}])MoCs?(?![\p{L}])|(?<![\p{L}])MOC(?![\p{L}])(?!\s*\()/gu,
    formal: true,
  },
  { type: 'letter-of-intent', re: /Letters? of Intent|(?<![\p{L}])LoI(?![\p{L}])/giu, formal: true },
  {
    type: 'implementing-arrangement',
    re: /Implement(?:ation|ing) Arrangements?|(?<![\p{L}])IA(?![\p{L}])/gu,
    formal: true,
  },
  { type: 'implementing-arrangement', re: /implement(?:ation|ing) arrangements?/gu, formal: true },
  { type: 'arrangement', re: /(?<![\p{L}])Arrangements?(?![\p{L}])/gu, formal: true },
  { type: 'joint-statement', re: /joint statement/giu, formal: true },
  {
    type: 'joint-working-group',
    re: /Joint Working Group|(?<![\p{L}])JWG(?![\p{L}])|working group/giu,
    formal: true,
  },
  {
    type: 'joint-committee',
    re: /Joint (?:[\p{Lu}&][\p{L}&]*\s){0,2}Committee|joint committee/gu,
    formal: true,
  },
  { type: 'agreement', re: /(?<![\p{L}])(?:agreements?|Agreements?|deal)(?![\p{L}])/gu, formal: true },
  { type: 'fellowship', re: /Fellowships?(?:\s+Programm?e)?/gu, formal: false },
  {
    type: 'joint-laboratory',
    re: /Joint Laborator(?:y|ies)|joint (?:[\p{L}-]+\s){0,2}laborator(?:y|ies)/giu,
    formal: false,
  },
  { type: 'project', re: /Beam ?[Ll]ine|(?<![\p{L}])Project(?![\p{L}])/gu, formal: false },
  {
    type: 'programme',
    re: /(?<![\p{L}])(?:Programm?es?|Programs?|programm?es?|programs?)(?![\p{L}])/gu,
    formal: false,
  },
  { type: 'fund', re: /(?<![\p{L}])Fund(?![\p{L}])/gu, formal: false },
  { type: 'initiative', re: /(?<![\p{L}])(?:Initiative|initiative|Network)(?![\p{L}])/gu, formal: false },
  { type: 'roadmap', re: /(?<![\p{L}])Roadmap(?![\p{L}])/gu, formal: false },
  { type: 'dialogue', re: /(?<![\p{L}])(?:Dialogue|dialogue|Summit)(?![\p{L}])/gu, formal: false },
  { type: 'institution', re: /(?<![\p{L}])(?:Cent(?:re|er)|Council|Forum)(?![\p{L}])/gu, formal: false },
  { type: 'partnership', re: /(?<![\p{L}])(?:Partnership|partnership)(?![\p{L}])/gu, formal: false },
  { type: 'event', re: /Seminar Series|Symposium/gu, formal: false },
];

/** Short labels used in generated names: "DST–JST MoU". */
export const SHORT_LABEL: Partial<Record<AgreementType, string>> = {
  mou: 'MoU',
  moc: 'MoC',
  'letter-of-intent': 'Letter of Intent',
  'implementing-arrangement': 'Implementing Arrangement',
  arrangement: 'Arrangement',
  agreement: 'Agreement',
  'inter-governmental-agreement': 'Inter-Governmental Agreement',
  'joint-working-group': 'Joint Working Group',
  'joint-committee': 'Joint Committee',
  'joint-statement': 'Joint Statement',
};

/** The type a named phrase's own words give it: "… Fellowship Programme" is a fellowship, "… Joint S&T Committee" a committee. */
export function typeOfPhrase(phrase: string): AgreementType | undefined {
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    if (cue.re.test(phrase)) return cue.type;
  }
  return undefined;
}

/**
 * Words that say an instrument was made, changed or planned. A formal cue
 * with none of these, no date and no party is talk about agreements in
 * general ("several MOU's have been signed" still counts: it goes to the report).
 */
export const EVENT_VERB =
  /\b(?:signed|concluded|renewed|extended|extension|finali[sz]ed|launched|launching|established|establishing|set up|initiated|initiating|formali[sz]ed|began|created|declared|agreed|envisaged|held|initiate|establish|launch|propose|proposed|named a partner)\b/iu;

const STATUS_RULES: [
  RegExp,
  'renewed' | 'extended' | 'signed' | 'established' | 'launched' | 'finalised' | 'proposed',
][] = [
  [/\brenewed\b/iu, 'renewed'],
  [/\bextended\b|\bextension\b/iu, 'extended'],
  [/\b(?:signed|concluded)\b/iu, 'signed'],
  [/\b(?:established|set up|created)\b/iu, 'established'],
  [/\b(?:launched|initiated|was included)\b/iu, 'launched'],
  [/\bfinali[sz]ed\b/iu, 'finalised'],
  [
    /\b(?:propose|proposed|plans to|in talks|agreed to consider|agreed to hold|are considering|envisaged|envisages)\b/iu,
    'proposed',
  ],
];

/** The strongest state the words state, in the order above. */
export function statusWord(text: string): (typeof STATUS_RULES)[number][1] | undefined {
  return STATUS_RULES.find(([re]) => re.test(text))?.[1];
}

/** Weakest to strongest: the order of the schema's status vocabulary. */
export const STATUS_RANK = statusStates;
