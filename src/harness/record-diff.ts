/**
 * Two sets of agreement records compared record by record: the published
 * records against the extraction alone (what the editor's overrides change),
 * or one published set against another (what a change to the ingest did).
 */
import type { Agreement } from '../schemas/agreement.ts';

/** The fields a reader sees; quotes are compared as a set of (source, quote). */
export const COMPARED_FIELDS = ['name', 'type', 'date', 'partner', 'parent', 'quotes'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface RecordChange {
  reference: Agreement;
  /** The record standing for it in the other set: same id, else the one sharing most quotes; null when none. */
  counterpart: Agreement | null;
  differs: ComparedField[];
}

const quoteKey = (s: { source: string; quote: string }) => `${s.source}\u0000${s.quote}`;

export function compareRecords(reference: readonly Agreement[], other: readonly Agreement[]): RecordChange[] {
  const matched = matchRecords(reference, other);
  // A parent is the same when it is the same record, whatever its id became.
  const counterpartId = new Map(matched.map(([ref, c]) => [ref.id, c?.id ?? null]));
  return matched.map(([ref, counterpart]) => {
    if (counterpart === null) return { reference: ref, counterpart, differs: [...COMPARED_FIELDS] };
    const c = counterpart;
    const sameQuotes =
      ref.sources.length === c.sources.length &&
      new Set([...ref.sources, ...c.sources].map(quoteKey)).size === ref.sources.length;
    const differs = COMPARED_FIELDS.filter((f) =>
      f === 'quotes'
        ? !sameQuotes
        : f === 'parent'
          ? (ref.parent === null ? null : (counterpartId.get(ref.parent) ?? ref.parent)) !== c.parent
          : (ref[f] ?? null) !== (c[f] ?? null),
    );
    return { reference: ref, counterpart, differs };
  });
}

/** Each reference record and the record standing for it: same id, else the one sharing most quotes. */
function matchRecords(
  reference: readonly Agreement[],
  other: readonly Agreement[],
): [Agreement, Agreement | null][] {
  const byId = new Map(other.map((r) => [r.id, r]));
  const byQuote = new Map<string, Agreement[]>();
  for (const r of other)
    for (const s of r.sources) byQuote.set(quoteKey(s), [...(byQuote.get(quoteKey(s)) ?? []), r]);
  return reference.map((ref) => {
    let counterpart = byId.get(ref.id) ?? null;
    if (counterpart === null) {
      const votes = new Map<Agreement, number>();
      for (const s of ref.sources)
        for (const r of byQuote.get(quoteKey(s)) ?? [])
          if (r.partner === ref.partner) votes.set(r, (votes.get(r) ?? 0) + 1);
      // Two records citing one sentence ("An MoC was signed … followed by a MoU …"): the same kind wins.
      const kin = (r: Agreement) => Number(r.type === ref.type) + Number(r.name === ref.name);
      counterpart = [...votes.entries()].sort((a, b) => b[1] - a[1] || kin(b[0]) - kin(a[0]))[0]?.[0] ?? null;
    }
    return [ref, counterpart];
  });
}

/** "14 of 86 identical · 72 changed (name 40, quotes 32, …) · 3 with no counterpart". */
export function summariseChanges(changes: readonly RecordChange[]): string {
  const identical = changes.filter((c) => c.differs.length === 0).length;
  const lost = changes.filter((c) => c.counterpart === null).length;
  const byField = COMPARED_FIELDS.map(
    (f) => [f, changes.filter((c) => c.counterpart !== null && c.differs.includes(f)).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([f, n]) => `${f} ${n}`);
  const moved = changes.filter((c) => c.counterpart !== null && c.counterpart.id !== c.reference.id).length;
  return `${identical} of ${changes.length} identical · ${changes.length - identical - lost} changed${byField.length > 0 ? ` (${byField.join(', ')})` : ''} · ${lost} with no counterpart · ${moved} at a new id`;
}
