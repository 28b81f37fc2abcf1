/**
 * Candidates to records: the same instrument mentioned in several sentences
 * or documents becomes one record citing all of them. Two mentions are one
 * instrument when they share a name or acronym, or when they are the same
 * kind of instrument between the same parties at a compatible date.
 */
import type { Agreement, AgreementSource, AgreementType, Party } from '../../schemas/agreement.ts';
import { frameworkTypes } from '../../schemas/agreement.ts';
import { vocabulary } from './vocabulary.ts';
import type { Sector } from '../../schemas/config.ts';
import { findCues, STATUS_RANK } from './classify-type.ts';
import type { Candidate } from './find-candidates.ts';
import { pluralHead, singular } from './mentions.ts';
import {
  capitalise,
  generatedName,
  idWords,
  instrumentKey,
  noTakenIds,
  recordId,
  shortTopic,
  trimTopic,
} from './name-record.ts';
import { datesCompatible, preciserDate } from './parse-date.ts';
import { nameKey, partyKey } from '../../utils/names.ts';
import { groupBy } from '../../utils/group-by.ts';

export interface MergeContext {
  /** The short form the gazetteer knows a body by ("Indo-US Science and Technology Forum" is IUSSTF). */
  knownAcronym?(name: string): string | undefined;
  countryWords: readonly string[];
  partnerName(slug: string): string;
  sectorsOf(text: string): Sector[];
}

/**
 * Mentions are compared within a family (`content/instruments.yml`): the same 1985 text is an
 * "agreement" in one source and an "MOU" in another; a fellowship is a programme.
 */
const family = (t: AgreementType) => vocabulary().family(t);
/** Things that are never the same as the paper they were set up by. */
const CONCRETE = new Set(['facility', 'institution']);
const isConcrete = (t: AgreementType) => CONCRETE.has(family(t));

/** Which type wins when sources disagree: the most formal the texts call it. */
const typeRank = (t: AgreementType) => vocabulary().priority(t);

function sharedParties(a: readonly Party[], b: readonly Party[]): number {
  const keys = new Set(a.map(partyKey));
  return b.filter((p) => keys.has(partyKey(p))).length;
}

interface Draft {
  c: Candidate;
  key: string | null;
}

export function sameInstrument(x: Draft, y: Draft): boolean {
  const a = x.c;
  const b = y.c;
  if (a.partner !== b.partner) return false;
  // "three Joint Laboratories in the area of "A", "B" and "C"": three instruments from one phrase.
  if (a.unit === b.unit && a.mention.start === b.mention.start) return false;
  if (!datesCompatible(a.date, b.date)) return false;
  const sameFamily = family(a.mention.type) === family(b.mention.type);
  if (x.key && y.key && x.key === y.key)
    return sameFamily || !(isConcrete(a.mention.type) || isConcrete(b.mention.type));
  if (a.mention.acronym && a.mention.acronym === b.mention.acronym) return true;
  if (!sameFamily) return false;
  const shared = sharedParties(a.parties, b.parties);
  const sameBlock = a.unit.source === b.unit.source && a.unit.block === b.unit.block;
  const unnamed = (c: Candidate) => c.mention.named === null;
  const topicsDiffer = a.topic !== null && b.topic !== null && a.topic !== b.topic;
  // "the 2005 agreement between ISRO and JAXA" = the "Arrangement … signed in October, 2005 between ISRO and JAXA".
  if (
    shared >= 2 &&
    a.date !== null &&
    b.date !== null &&
    family(a.mention.type) === 'framework' &&
    (a.mention.type === b.mention.type || a.unit.source !== b.unit.source)
  )
    return true;
  if (
    unnamed(a) &&
    unnamed(b) &&
    !topicsDiffer &&
    shared > 0 &&
    shared >= Math.min(2, a.parties.length, b.parties.length)
  )
    return true;
  if (sameBlock && a.mention.type === b.mention.type) {
    if (shared > 0 && !topicsDiffer) return true;
    // "… Fellowship Programme: … to initiate a reciprocal Fellowship Programme".
    if (x.key && y.key && (x.key.endsWith(y.key) || y.key.endsWith(x.key))) return true;
    const bare = (c: Candidate) =>
      unnamed(c) && c.parties.length === 0 && c.topic === null && c.mention.topic === null;
    if (bare(a) || bare(b)) return true;
  }
  return false;
}

/**
 * "MoU", "IA", "the Agreement", "Programme": instrument words and articles only, which name no
 * instrument in particular, so never an alias.
 */
export function genericName(name: string): boolean {
  const rest = findCues(name).reduce((r, c) => r.replace(c.text, ' '), name);
  return !/[\p{L}\p{N}]{2}/u.test(
    rest.replace(/(?<![\p{L}])(?:the|a|an|this|that|its|joint|new|s)(?![\p{L}])/giu, ' '),
  );
}

/** Everything `sameInstrument` reads except where the mention stands (unit, source, block, offset). */
function signatureOf(d: Draft): string {
  const c = d.c;
  return JSON.stringify([
    c.partner,
    d.key,
    c.mention.acronym,
    c.mention.type,
    c.date,
    c.topic,
    c.mention.named === null,
    c.parties.map(partyKey),
  ]);
}

/** The same mention as if it stood in another paragraph, here of `source`. */
const elsewhere = (d: Draft, source: string): Draft => ({
  ...d,
  c: { ...d.c, unit: { ...d.c.unit, source, block: -1 } },
});

/** Mentions with this signature are one instrument wherever they stand: it carries a name, an acronym or the parties. */
const linkable = (d: Draft) => sameInstrument(d, elsewhere(d, `${d.c.unit.source}\u0000other`));

/**
 * Union-find over candidates; anaphors join the instrument they refer to.
 *
 * Comparing every pair of mentions is quadratic in the corpus: 18,000 mentions from
 * 1,000 documents made it most of the ingest. Mentions that share a signature are
 * one instrument whenever their signature carries a name, acronym or parties (the
 * same sentence repeated across documents), so signatures are compared instead of
 * mentions, and only those that share a name, an acronym or a party; mentions in
 * the same paragraph are still compared one by one, since there place matters.
 * The outcome is the pairwise one.
 */
function cluster(drafts: readonly Draft[]): number[][] {
  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) [parent[i], i] = [r, parent[i]!];
    return r;
  };
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  drafts.forEach((d, i) => {
    if (d.c.antecedent !== null) union(i, d.c.antecedent);
  });
  const real = drafts.map((d, i) => [d, i] as const).filter(([d]) => d.c.antecedent === null);

  // Same paragraph: every pair, as before.
  for (const members of groupBy(real, ([d]) => `${d.c.unit.source}\u0000${d.c.unit.block}`).values()) {
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++)
        if (sameInstrument(members[a]![0], members[b]![0])) union(members[a]![1], members[b]![1]);
  }
  // Across paragraphs: one group per signature, merged within, then compared group to group.
  const groups = [
    ...groupBy(
      real.filter(([d]) => linkable(d)),
      ([d]) => signatureOf(d),
    ).values(),
  ].map((members) => {
    for (const [, i] of members.slice(1)) union(members[0]![1], i);
    const sources = new Set(members.map(([d]) => d.c.unit.source));
    return { head: members[0]![0], at: members[0]![1], size: members.length, sources };
  });
  type Group = (typeof groups)[number];
  const buckets = new Map<string, Group[]>();
  for (const g of groups) {
    const c = g.head.c;
    const keys = [
      g.head.key ? `k${g.head.key}` : null,
      c.mention.acronym ? `a${c.mention.acronym}` : null,
      ...c.parties.map((p) => `p${family(c.mention.type)}\u0000${partyKey(p)}`),
    ];
    for (const k of new Set(keys.filter((x) => x !== null))) {
      const key = `${c.partner}\u0000${k}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(g);
      else buckets.set(key, [g]);
    }
  }
  const compared = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        const [x, y] = [bucket[a]!, bucket[b]!];
        const pair = `${x.at} ${y.at}`;
        if (compared.has(pair) || find(x.at) === find(y.at)) continue;
        compared.add(pair);
        if (groupsSameInstrument(x, y)) union(x.at, y.at);
      }
    }
  }

  // An undated mention with no parties ("the … agreement … concluded in August 1985") joins the one dated record it fits.
  const byPartnerFamily = groupBy(real, ([d]) => `${d.c.partner}\u0000${family(d.c.mention.type)}`);
  for (const [x, i] of real) {
    if (x.c.parties.length > 0 || x.c.date === null || x.c.mention.named) continue;
    const root = onlyRoot(
      byPartnerFamily.get(`${x.c.partner}\u0000${family(x.c.mention.type)}`)!,
      ([y, j]) =>
        j !== i &&
        y.c.date !== null &&
        datesCompatible(x.c.date, y.c.date) &&
        y.c.unit.order !== x.c.unit.order,
      find,
    );
    if (root !== null) union(i, root);
  }
  // "Three joint laboratories were established in the areas of Mobile Big Data Analysis, …": an item of a
  // list is the one named instrument of its kind whose name holds most of the item's words.
  for (const [x, i] of real) {
    if (x.c.mention.item === null) continue;
    const want = contentWords(x.c.mention.item);
    if (want.size === 0) continue;
    const root = onlyRoot(
      byPartnerFamily.get(`${x.c.partner}\u0000${family(x.c.mention.type)}`)!,
      ([y, j]) => {
        if (j === i || y.c.mention.named === null) return false;
        const have = contentWords(y.c.mention.named);
        return [...want].filter((w) => have.has(w)).length / want.size >= 0.75;
      },
      find,
    );
    if (root !== null) union(i, root);
  }
  // "The first joint committee meeting was held …": the one committee of that kind the document names,
  // else the one the corpus names ("it laid the path for establishment of a joint committee").
  const bySource = groupBy(real, ([d]) => d.c.unit.source);
  const byPartnerType = groupBy(real, ([d]) => `${d.c.partner}\u0000${d.c.mention.type}`);
  const unnamedBare = real.filter(
    ([x]) =>
      x.c.parties.length === 0 &&
      !x.c.mention.named &&
      x.c.mention.topic === null &&
      family(x.c.mention.type) !== 'framework',
  );
  const sameKind =
    ([x, i]: readonly [Draft, number]) =>
    ([y, j]: readonly [Draft, number]) =>
      j !== i &&
      y.c.partner === x.c.partner &&
      y.c.mention.type === x.c.mention.type &&
      // "a joint taskforce on biotechnology and a joint working group on IT": two bodies, each on its subject.
      !(x.c.topic !== null && y.c.topic !== null && x.c.topic !== y.c.topic) &&
      datesCompatible(x.c.date, y.c.date);
  for (const d of unnamedBare) {
    const root = onlyRoot(bySource.get(d[0].c.unit.source)!, sameKind(d), find);
    if (root !== null) union(d[1], root);
  }
  for (const d of unnamedBare.filter(([x]) => family(x.c.mention.type) === 'body')) {
    const root = onlyRoot(
      byPartnerType.get(`${d[0].c.partner}\u0000${d[0].c.mention.type}`)!,
      sameKind(d),
      find,
    );
    if (root !== null) union(d[1], root);
  }
  const out = new Map<number, number[]>();
  drafts.forEach((_, i) => {
    const r = find(i);
    const list = out.get(r);
    if (list) list.push(i);
    else out.set(r, [i]);
  });
  return [...out.values()];

  /**
   * Some mention of one group is the same instrument as some mention of the other
   * (in different paragraphs; the same paragraph was compared above). Heads stand
   * for their groups, since the signature decides, except where `sameInstrument`
   * asks whether two mentions come from different sources.
   */
  function groupsSameInstrument(x: Group, y: Group): boolean {
    const [a, b] = [x.head, y.head];
    if (a.c.unit.source !== b.c.unit.source) return sameInstrument(a, b);
    // Two mentions of one phrase are never merged; with nothing else in either group, that is all there is.
    if (x.size === 1 && y.size === 1 && a.c.unit === b.c.unit && a.c.mention.start === b.c.mention.start)
      return false;
    // Heads from one source: "from different sources" holds only if some members are.
    const oneSource = x.sources.size === 1 && y.sources.size === 1;
    return sameInstrument(a, elsewhere(b, oneSource ? b.c.unit.source : `${b.c.unit.source}\u0000other`));
  }
}

/** A name's words that tell it apart: no function words, no one- or two-letter words. */
function contentWords(text: string): Set<string> {
  return new Set(
    nameKey(text)
      .split(' ')
      .filter((w) => w.length > 2 && !['and', 'for', 'the', 'with', 'under', 'from'].includes(w)),
  );
}

/** The one cluster every matching mention belongs to, or null when none or several. */
function onlyRoot<T extends readonly [Draft, number]>(
  list: readonly T[],
  matches: (x: T) => boolean,
  find: (i: number) => number,
): number | null {
  let root: number | null = null;
  for (const x of list) {
    if (!matches(x)) continue;
    const r = find(x[1]);
    if (root !== null && r !== root) return null;
    root = r;
  }
  return root;
}

function uniqueParties(parties: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const k = partyKey(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function uniqueSources(sources: readonly AgreementSource[]): AgreementSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const k = `${s.source}\u0000${s.anchor}\u0000${s.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The words that named it; one of a list ("Two joint calls, on A and on B") is one "joint call", one of "Programmes of Cooperation" a "Programme of Cooperation". */
const cueText = (c: Candidate) => {
  const said = c.unit.text.slice(c.mention.start, c.mention.end);
  if (c.mention.item === null && !c.mention.plural && !pluralHead(said)) return said;
  // The head is the word before "of" ("Programmes of Cooperation"), else the last word ("joint calls").
  return / of /u.test(said)
    ? said.replace(/[\p{L}]+(?= of )/u, (w) => singular(w))
    : said.replace(/[\p{L}]+$/u, (w) => singular(w));
};

/** "… will enhance cooperation in science, technology and innovation": what a sentence about an instrument says it covers. */
function subjectOf(segment: string): string | null {
  const verb =
    /\b(?:will|would|shall|aims? to|seeks? to)\s+(?:enhance|promote|cover|strengthen|deepen|boost|focus on|support)\b/iu.exec(
      segment,
    );
  if (!verb) return null;
  const rest = /^\s+([^.;:]+)/u.exec(segment.slice(verb.index + verb[0].length))?.[1] ?? '';
  const subject = trimTopic(rest);
  return subject.length >= 3 && subject !== rest.trim() ? shortTopic(subject) : null;
}

const SIDE_NAME = /(?<![\p{L}])(?:India|Indian|Indo)(?![\p{L}])/u;

/** The record's name and type come from its most formal, best-named mention. */
function lead(members: readonly Candidate[]): Candidate {
  return [...members].sort(
    (a, b) =>
      typeRank(a.mention.type) - typeRank(b.mention.type) ||
      Number(b.mention.named !== null) - Number(a.mention.named !== null) ||
      // "JWG on ICT" over "Japan-India Joint Working Group": the name that says what it is about.
      Number(/\s(?:on|for)\s/u.test(b.mention.named ?? '')) -
        Number(/\s(?:on|for)\s/u.test(a.mention.named ?? '')) ||
      // "Indo Japan Joint S&T Committee" over "Coordination Committee": the name that says whose it is.
      Number(SIDE_NAME.test(b.mention.named ?? '')) - Number(SIDE_NAME.test(a.mention.named ?? '')) ||
      b.parties.length - a.parties.length ||
      a.unit.order - b.unit.order,
  )[0]!;
}

export interface MergedRecord {
  record: Agreement;
  /** Candidate indices that make up the record, for parents and the report. */
  members: number[];
}

/** Candidates in, records out (ids unique, sorted by partner, date, name). */
export function mergeCandidates(candidates: readonly Candidate[], ctx: MergeContext): MergedRecord[] {
  const drafts: Draft[] = candidates.map((c) => ({
    c,
    key: c.mention.named ? instrumentKey(c.mention.named, ctx.countryWords) || null : null,
  }));
  const groups = cluster(drafts).filter((g) => g.some((i) => candidates[i]!.antecedent === null));
  const taken = noTakenIds();
  const built = groups.map((members) => {
    const cs = members.map((i) => candidates[i]!);
    const real = cs.filter((c) => c.antecedent === null);
    const head = lead(real);
    // The mentions' own dates first; a later sentence about it ("The executive programme was signed on
    // April 10") makes a compatible date more precise, never another.
    const dated = real.some((c) => c.date !== null)
      ? [...real, ...cs.filter((c) => c.antecedent !== null)]
      : cs;
    const date = dated.reduce<string | null>(
      (d, c) => (datesCompatible(d, c.date) ? preciserDate(d, c.date) : d),
      null,
    );
    const selfNames = new Set(
      real
        .flatMap((c) => [
          c.mention.acronym,
          c.mention.named ? nameKey(c.mention.named.replace(/\s*\([^()]*\)/gu, '')) : null,
        ])
        .filter((k) => k !== null),
    );
    // Anaphors add the parties a later sentence gives ("The committee, co-chaired by DST and MAECI").
    const parties = uniqueParties(cs.flatMap((c) => c.parties)).filter(
      // A party whose name is part of the instrument's own ("Canada Centre for …" in "India–Canada Centre for …") is the instrument.
      (p) =>
        !selfNames.has(p.acronym ?? '') &&
        !selfNames.has(nameKey(p.name)) &&
        ![...selfNames].some((n) => n.length > nameKey(p.name).length && n.includes(nameKey(p.name))),
    );
    const partner = head.partner!;
    // An unnamed instrument whose own sentence gives no subject takes the one a later sentence about it
    // gives ("The agreement will enhance cooperation in science, technology and innovation").
    const topic = head.mention.topic
      ? capitalise(head.mention.topic)
      : head.mention.formal && !head.mention.named
        ? (head.topic ??
          cs.map((c) => (c.antecedent !== null ? subjectOf(c.segment) : null)).find((t) => t) ??
          null)
        : null;
    const acronym =
      head.mention.acronym ??
      real.map((c) => c.mention.acronym).find((a) => a !== null) ??
      (head.mention.named ? ctx.knownAcronym?.(head.mention.named) : undefined) ??
      null;
    const name = generatedName({
      type: head.mention.type,
      named: head.mention.named,
      topic,
      described: head.mention.named ? null : head.mention.topic,
      acronym,
      runBy: real.map((c) => c.runBy).find((r) => r) ?? null,
      parties,
      partnerName: ctx.partnerName(partner),
      cueText: cueText(head),
    });
    const states = cs.map((c) => c.status).filter((s) => s !== undefined);
    const state = [...states].sort((a, b) => STATUS_RANK.indexOf(b) - STATUS_RANK.indexOf(a))[0];
    const until =
      cs
        .map((c) => c.until)
        .filter((u) => u !== null)
        .sort()
        .at(-1) ?? null;
    const on = cs.map((c) => c.statusOn).find((o) => o !== null) ?? null;
    const text = [name, ...cs.map((c) => c.segment)].join(' ');
    const sectors = ctx.sectorsOf(text);
    const aliases = [
      ...new Set(
        real
          .flatMap((c) => [c.mention.named, c.mention.acronym])
          .filter((a): a is string => a !== null && a !== name && !genericName(a)),
      ),
    ];
    const sources = uniqueSources(
      [...cs].sort((a, b) => a.unit.order - b.unit.order).flatMap((c) => c.unit.parts),
    );
    return {
      members,
      idWords: idWords({ name, parties, type: head.mention.type }, acronym, head.mention.named !== null),
      draft: {
        name,
        type: head.mention.type,
        partner,
        date,
        parties,
        sectors: sectors.length > 0 ? sectors : (['general'] as Sector[]),
        status: state
          ? {
              state,
              on: state === 'renewed' || state === 'extended' ? on : null,
              until: state === 'renewed' || state === 'extended' ? until : null,
            }
          : null,
        aliases,
        sources,
      },
    };
  });
  // Ids in document order, so the first mention of a name keeps the plain id.
  const ordered = [...built].sort((a, b) => a.members[0]! - b.members[0]!); // cluster() lists members in ascending order
  const records: MergedRecord[] = ordered.map(({ members, draft, idWords: words }) => {
    const id =
      words.words === draft.name
        ? recordId(draft.name, draft.date, taken)
        : recordId(words.words, draft.date, taken, draft.name, words.year);
    return { members, record: { id, ...draft, parent: null } };
  });
  return withMeetingParties(withParents(records, candidates), candidates);
}

/** An instrument "signed at that meeting" with no parties of its own has the parties of the body that met. */
function withMeetingParties(
  records: readonly MergedRecord[],
  candidates: readonly Candidate[],
): MergedRecord[] {
  const recordOf = new Map<number, Agreement>();
  for (const r of records) for (const m of r.members) recordOf.set(m, r.record);
  return records.map((r) => {
    if (r.record.parties.length > 0) return r;
    const body = r.members.map((m) => candidates[m]!.meetingOf).find((b) => b !== null);
    const parties = body === undefined || body === null ? [] : (recordOf.get(body)?.parties ?? []);
    return parties.length > 0 ? { ...r, record: { ...r.record, parties } } : r;
  });
}

/** Explicit parents ("Under this LoI …") first; an implementing arrangement otherwise sits under the latest framework it shares a party with. */
function withParents(records: readonly MergedRecord[], candidates: readonly Candidate[]): MergedRecord[] {
  const recordOf = new Map<number, string>();
  for (const r of records) for (const m of r.members) recordOf.set(m, r.record.id);
  return records.map((r) => {
    const explicit = r.members.map((m) => candidates[m]!.parentIndex).find((p) => p !== null);
    let parent = explicit !== undefined && explicit !== null ? (recordOf.get(explicit) ?? null) : null;
    // (A symposium organised by an MoC's two parties is the MoC's event, like an implementing arrangement.)
    if (
      parent === null &&
      (r.record.type === 'implementing-arrangement' || family(r.record.type) === 'event')
    ) {
      const frames = records
        .map((x) => x.record)
        .filter(
          (x) =>
            x.id !== r.record.id &&
            x.partner === r.record.partner &&
            frameworkTypes.includes(x.type) &&
            x.type !== 'letter-of-intent' &&
            // (an event must share the partner's side: DST organises with many)
            (family(r.record.type) === 'event'
              ? sharedParties(
                  x.parties.filter((p) => p.side !== 'india'),
                  r.record.parties,
                ) > 0
              : sharedParties(x.parties, r.record.parties) > 0) &&
            x.date !== null &&
            (r.record.date === null || x.date <= r.record.date),
        );
      // Sharing the partner's agency matters more than sharing India's (DST is party to many frameworks).
      const partnerSide = (x: Agreement) =>
        sharedParties(
          x.parties.filter((p) => p.side !== 'india'),
          r.record.parties,
        );
      parent =
        frames.sort((a, b) => partnerSide(b) - partnerSide(a) || (a.date! < b.date! ? 1 : -1))[0]?.id ?? null;
    }
    return parent === r.record.id ? r : { ...r, record: { ...r.record, parent } };
  });
}
