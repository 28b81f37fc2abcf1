/**
 * Every partner name and term of the gazetteer in one matcher: a single pass
 * over a text finds each mention, longest first ("Papua New Guinea" is not
 * "Guinea"), with the partner it names and whether it is a name ("Denmark",
 * "Danish") or a term that names the partner on its own ("JAXA").
 * One pass, whatever the size of the gazetteer: two hundred countries tested
 * one by one would be two hundred passes over every sentence of the corpus.
 */
import type { Gazetteer } from '../schemas/gazetteer.ts';
import { compileTerms, termPattern, isCaseSensitive } from './terms.ts';

export interface PartnerMention {
  partner: string;
  /** `place`: a city that stands for the partner once a document presents it, never on its own. */
  kind: 'name' | 'term' | 'place';
  start: number;
  end: number;
  text: string;
}

export interface PartnerNames {
  /** Mentions in reading order, ignored phrases ("US$") left out. */
  find(text: string): PartnerMention[];
  /** Partner ids in gazetteer order. */
  order: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const firstWord = (term: string) => /^[\p{L}\p{N}]+/u.exec(term)?.[0].toLowerCase();

interface Entry {
  /** Sticky: tried only where a word that can start it begins. */
  re: RegExp;
  partner: string;
  kind: PartnerMention['kind'];
  length: number;
}

/** Compiled once per gazetteer: a run, or a test suite, that reuses its gazetteer compiles it once. */
const compiled = new WeakMap<Gazetteer, PartnerNames>();

export function compilePartnerNames(gazetteer: Gazetteer): PartnerNames {
  let names = compiled.get(gazetteer);
  if (!names) {
    names = compile(gazetteer);
    compiled.set(gazetteer, names);
  }
  return names;
}

function compile(gazetteer: Gazetteer): PartnerNames {
  const byFirst = new Map<string, Entry[]>();
  const ignore: string[] = [];
  for (const [partner, g] of Object.entries(gazetteer)) {
    for (const [kind, list] of [
      ['name', g.names],
      ['term', g.terms ?? []],
      ['place', g.places ?? []],
    ] as const) {
      for (const t of list) {
        const first = firstWord(t);
        // Every name and term starts with a letter or digit; one that does not could never be found at a word.
        if (
          first === undefined ||
          (t.endsWith('*') && !t.slice(0, -1).includes(' ') && first === t.slice(0, -1).toLowerCase())
        )
          continue;
        const flags = kind === 'place' || isCaseSensitive(t) ? 'uy' : 'iuy';
        const entries = byFirst.get(first) ?? [];
        entries.push({ re: new RegExp(termPattern(t), flags), partner, kind, length: t.length });
        byFirst.set(first, entries);
      }
    }
    ignore.push(...(g.ignore ?? []));
  }
  // Longest first, so "Papua New Guinea" is tried before "Papua".
  for (const entries of byFirst.values()) entries.sort((a, b) => b.length - a.length);
  const mask = compileTerms(['\u0000'], ignore).mask;
  return {
    order: Object.keys(gazetteer),
    find(text) {
      const masked = mask(text);
      const out: PartnerMention[] = [];
      let end = 0;
      for (const w of masked.matchAll(WORD)) {
        if (w.index < end) continue;
        const entries = byFirst.get(w[0].toLowerCase());
        if (!entries) continue;
        let hitEnd = -1;
        for (const e of entries) {
          e.re.lastIndex = w.index;
          const m = e.re.exec(masked);
          if (!m) continue;
          const stop = w.index + m[0].length;
          // Several partners may own the same words; a shorter term never shadows a longer one.
          if (hitEnd !== -1 && stop !== hitEnd) continue;
          hitEnd = stop;
          if (!out.some((o) => o.start === w.index && o.partner === e.partner && o.kind === e.kind))
            out.push({
              partner: e.partner,
              kind: e.kind,
              start: w.index,
              end: stop,
              text: text.slice(w.index, stop),
            });
        }
        if (hitEnd !== -1) end = hitEnd;
      }
      return out;
    },
  };
}
