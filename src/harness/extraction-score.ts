/**
 * Scoring extracted agreement records against a test set's expected records,
 * exactly as `tests/fixtures/devset/README.md` (Scoring) defines it, so every
 * evaluation gives the same figures. Pure: records in, figures and findings out.
 */
import type { Agreement } from '../schemas/agreement.ts';
import { evalType, type Devset, type ExpectedRecord, type Trap } from '../schemas/devset.ts';

/** NFKC, lowercase, plain dashes and quotes, every character but letters and digits a space: the words compared. */
export function scoringWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/[“”„‟]/gu, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Runs of four consecutive words; a text of fewer words is its own single gram. */
export function fourGrams(text: string): Set<string> {
  const words = scoringWords(text);
  if (words.length < 4) return new Set(words.length > 0 ? [words.join(' ')] : []);
  const grams = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) grams.add(words.slice(i, i + 4).join(' '));
  return grams;
}

/** Share of the expected quote's 4-grams that the produced quotes contain (each quote on its own). */
export function gramShare(expectedQuote: string, producedQuotes: readonly string[]): number {
  const wanted = fourGrams(expectedQuote);
  if (wanted.size === 0) return 0;
  const have = new Set(producedQuotes.flatMap((q) => [...fourGrams(q)]));
  let hits = 0;
  for (const g of wanted) if (have.has(g)) hits++;
  return hits / wanted.size;
}

/** Lowercase, accents folded, everything but a–z, 0–9 and `&` a space: how `must_name` compares. */
export function mustNameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/** Every entry of `must` occurs, one of its `|` alternatives at the start of a word, in one of the names. */
export function passesMustName(must: readonly string[], names: readonly string[]): boolean {
  const keys = names.map((n) => ` ${mustNameKey(n)}`);
  return must.every((entry) =>
    entry.split('|').some((alt) => {
      const a = mustNameKey(alt);
      return a !== '' && keys.some((k) => k.includes(` ${a}`));
    }),
  );
}

/** An expected party is found when its words occur, whole, in one of the record's party names or acronyms. */
export function partyFound(expected: string, record: Pick<Agreement, 'parties'>): boolean {
  const e = ` ${scoringWords(expected).join(' ')} `;
  return record.parties.some((p) =>
    [p.name, p.acronym ?? ''].some((s) => ` ${scoringWords(s).join(' ')} `.includes(e)),
  );
}

const yearOf = (date: string | null) => (date ?? '').slice(0, 4);

export interface MatchedPair {
  expected: ExpectedRecord;
  record: Agreement;
  share: number;
  name: boolean;
  type: boolean;
  year: boolean;
  /** Share of expected parties found; null when the record expects none. */
  parties: number | null;
}

export interface Score {
  expected: number;
  considered: number;
  matched: MatchedPair[];
  misses: { expected: ExpectedRecord; nearest: { record: Agreement; share: number } | null }[];
  spurious: Agreement[];
  traps: { trap: Trap; record: Agreement }[];
  countries: { wanted: string[]; missing: string[] };
}

export interface ScoreInput {
  devset: Devset;
  /** Every record the ingest produced. */
  records: readonly Agreement[];
  /** Partner ids the ingest wrote (`partners.json`). */
  partners: readonly string[];
}

export function scoreExtraction({ devset, records, partners }: ScoreInput): Score {
  const docs = new Set(Object.keys(devset.docs));
  const considered = records.filter((r) => r.sources.some((s) => docs.has(s.source)));
  const quotesOf = considered.map((r) => r.sources.filter((s) => docs.has(s.source)).map((s) => s.quote));
  const namesOf = (r: Agreement) => [r.name, ...r.aliases];

  const pairs: { e: number; r: number; share: number; score: number }[] = [];
  devset.records.forEach((e, ei) => {
    considered.forEach((r, ri) => {
      if (r.partner !== e.partner) return;
      const share = gramShare(e.quote, quotesOf[ri]!);
      if (share < 0.5) return;
      const score =
        share +
        (passesMustName(e.must_name, namesOf(r)) ? 1 : 0) +
        (yearOf(r.date) === yearOf(e.date) ? 0.5 : 0);
      pairs.push({ e: ei, r: ri, share, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.e - b.e || a.r - b.r);
  const takenE = new Set<number>();
  const takenR = new Set<number>();
  const matched: MatchedPair[] = [];
  for (const p of pairs) {
    if (takenE.has(p.e) || takenR.has(p.r)) continue;
    takenE.add(p.e);
    takenR.add(p.r);
    const expected = devset.records[p.e]!;
    const record = considered[p.r]!;
    matched.push({
      expected,
      record,
      share: p.share,
      name: passesMustName(expected.must_name, namesOf(record)),
      type: evalType(record.type) === evalType(expected.type),
      year: yearOf(record.date) === yearOf(expected.date),
      parties:
        expected.parties.length === 0
          ? null
          : expected.parties.filter((x) => partyFound(x, record)).length / expected.parties.length,
    });
  }
  matched.sort((a, b) => devset.records.indexOf(a.expected) - devset.records.indexOf(b.expected));

  const misses = devset.records
    .filter((_, ei) => !takenE.has(ei))
    .map((expected) => {
      let nearest: { record: Agreement; share: number } | null = null;
      considered.forEach((r, ri) => {
        const share = gramShare(expected.quote, quotesOf[ri]!);
        if (share > 0 && (nearest === null || share > nearest.share)) nearest = { record: r, share };
      });
      return { expected, nearest };
    });
  const unmatched = considered.map((r, ri) => [r, ri] as const).filter(([, ri]) => !takenR.has(ri));
  const traps = devset.none.flatMap((trap) =>
    unmatched
      .filter(([, ri]) => gramShare(trap.quote, quotesOf[ri]!) >= 0.5)
      .map(([record]) => ({ trap, record })),
  );
  const trapped = new Set(traps.map((t) => t.record));
  return {
    expected: devset.records.length,
    considered: considered.length,
    matched,
    misses,
    spurious: unmatched.map(([r]) => r).filter((r) => !trapped.has(r)),
    traps,
    countries: {
      wanted: devset.countries,
      missing: devset.countries.filter((c) => !partners.includes(c)),
    },
  };
}

export interface Figures {
  recall: number;
  precision: number;
  name: number;
  type: number;
  year: number;
  parties: number;
  traps: number;
  countries: number;
}

const share = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function figuresOf(score: Score): Figures {
  const m = score.matched;
  const withParties = m.filter((p) => p.parties !== null);
  return {
    recall: share(m.length, score.expected),
    precision: share(m.length, score.considered),
    name: share(m.filter((p) => p.name).length, m.length),
    type: share(m.filter((p) => p.type).length, m.length),
    year: share(m.filter((p) => p.year).length, m.length),
    parties: share(
      withParties.reduce((n, p) => n + p.parties!, 0),
      withParties.length,
    ),
    traps: score.traps.length,
    countries: score.countries.wanted.length - score.countries.missing.length,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The one-line summary: the first line of the report that says "recall". */
export function summaryLine(score: Score): string {
  const f = figuresOf(score);
  return [
    `recall ${pct(f.recall)} (${score.matched.length}/${score.expected})`,
    `precision ${pct(f.precision)}`,
    `name ${pct(f.name)}`,
    `type ${pct(f.type)}`,
    `year ${pct(f.year)}`,
    `parties ${pct(f.parties)}`,
    `traps ${f.traps}`,
    `countries ${f.countries}/${score.countries.wanted.length}`,
  ].join(' · ');
}

const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const brief = (r: Agreement) =>
  `${r.id} [${r.partner}, ${r.type}, ${r.date ?? 'no date'}] “${clip(r.name, 90)}”`;

/** The report under the summary: misses, spurious records, traps, and what is wrong in each matched record. */
export function detailLines(score: Score): string[] {
  const lines: string[] = [];
  lines.push(`missed (${score.misses.length}):`);
  for (const { expected: e, nearest } of score.misses) {
    lines.push(`  - ${e.id} [${e.partner}, ${e.type}, ${e.date ?? 'no date'}] “${clip(e.quote)}”`);
    if (nearest) lines.push(`      nearest: ${brief(nearest.record)} (${pct(nearest.share)} of its 4-grams)`);
  }
  lines.push(`spurious (${score.spurious.length}):`);
  for (const r of score.spurious) lines.push(`  - ${brief(r)} “${clip(r.sources[0]!.quote, 90)}”`);
  lines.push(`traps that became records (${score.traps.length}):`);
  for (const { trap, record } of score.traps)
    lines.push(`  - ${brief(record)} from “${clip(trap.quote, 80)}” (${trap.why})`);
  const wrong = score.matched.filter((p) => !p.name || !p.type || !p.year || (p.parties ?? 1) < 1);
  lines.push(`matched with a wrong field (${wrong.length} of ${score.matched.length}):`);
  for (const p of wrong) {
    const faults = [
      p.name ? null : `name “${clip(p.record.name, 80)}” lacks ${p.expected.must_name.join(' + ')}`,
      p.type ? null : `type ${p.record.type}, expected ${p.expected.type}`,
      p.year ? null : `date ${p.record.date ?? 'none'}, expected ${p.expected.date ?? 'none'}`,
      (p.parties ?? 1) < 1
        ? `parties [${p.record.parties.map((x) => x.acronym ?? x.name).join(', ')}], expected [${p.expected.parties.join(', ')}]`
        : null,
    ].filter(Boolean);
    lines.push(`  - ${p.expected.id} ← ${p.record.id}: ${faults.join('; ')}`);
  }
  if (score.countries.missing.length > 0)
    lines.push(`country pages missing: ${score.countries.missing.join(', ')}`);
  return lines;
}
