/**
 * Agreement records as pages show them: labels, order, groups by year and
 * decade, and the public shape of `/agreements.json` and `/agreements.csv`.
 * Pure; every function returns new values.
 */
import { stringify } from 'csv-stringify/sync';
import { sectors, type Sector } from '../schemas/config.ts';
import {
  agreementTypeLabels,
  statusLabels,
  type Agreement,
  type AgreementStatus,
  type AgreementType,
} from '../schemas/agreement.ts';
import { compareIsoDates, formatIsoDate, yearOf } from './dates.ts';
import { groupBy, groupByMany } from './group-by.ts';
import { partyKey } from './names.ts';

export const agreementPath = (id: string) => `/agreements/${id}/`;
export const sourceParagraphPath = (source: string, anchor: string) => `/sources/${source}/#${anchor}`;

export function typeLabel(type: AgreementType): string {
  return agreementTypeLabels[type];
}

/** "Renewed on 12 November 2021", "Extended until 15 February 2024", "Proposed". */
export function statusLabel(status: AgreementStatus | null): string | undefined {
  if (!status) return undefined;
  const word = statusLabels[status.state];
  const on = status.on ? ` on ${formatIsoDate(status.on)}` : '';
  const until = status.until ? ` until ${formatIsoDate(status.until)}` : '';
  return `${word}${on}${until}`;
}

/** Oldest first; undated last, then by name, so lists read as a history. */
export function byDateThenName(a: Agreement, b: Agreement): number {
  return compareIsoDates(a.date, b.date) || a.name.localeCompare(b.name, 'en');
}

export function sortedAgreements(records: readonly Agreement[]): Agreement[] {
  return [...records].sort(byDateThenName);
}

/** Years in order, undated records under `null` at the end. */
export function groupByYear(records: readonly Agreement[]): [number | null, Agreement[]][] {
  const groups = groupBy(sortedAgreements(records), (r) => yearOf(r.date) ?? null);
  return [...groups.entries()];
}

/** The sectors at least one record covers, in the vocabulary's order, each with its records (a record can be in several). */
export function agreementsBySector(records: readonly Agreement[]): [Sector, Agreement[]][] {
  const groups = groupByMany(records, (r) => r.sectors);
  return sectors.flatMap((s) => {
    const group = groups.get(s);
    return group ? [[s, group] as [Sector, Agreement[]]] : [];
  });
}

export function decadeOf(date: string | null): string | undefined {
  const y = yearOf(date);
  return y === undefined ? undefined : `${Math.floor(y / 10) * 10}s`;
}

/** One record of a family tree and what was made under it, oldest first. */
export interface FamilyNode {
  record: Agreement;
  children: FamilyNode[];
  /** Records made under this one that a large family leaves out of the tree. */
  more: number;
}

export interface Relations {
  parent: Agreement | undefined;
  children: Agreement[];
  /** Up to `limit` records that share a party, oldest first (not the record, its parent or children). */
  related: Agreement[];
  /**
   * The record's family from its oldest ancestor down (framework → implementing arrangements →
   * programmes), or undefined when it has neither parent nor children. A family larger than
   * `familyLimit` keeps the line from the top to the record, its siblings and children, and counts the rest.
   */
  family: FamilyNode | undefined;
}

/**
 * Every record's parent, children and records sharing a party, from indexes built
 * once: scanning the whole list for each record made the build quadratic (10,000
 * documents yield tens of thousands of records).
 */
export function agreementRelations(
  all: readonly Agreement[],
  limit: number,
  familyLimit = 40,
): (record: Agreement) => Relations {
  const sorted = sortedAgreements(all);
  const byId = new Map(sorted.map((r) => [r.id, r]));
  const childrenOf = groupBy(sorted, (r) => r.parent);
  const byParty = groupByMany(sorted, (r) => r.parties.map(partyKey));
  const rank = new Map(sorted.map((r, i) => [r.id, i]));
  return (record) => {
    // Merge the party lists (each already in order) until `limit` records are found.
    const lists = [...new Set(record.parties.map(partyKey))].map((k) => byParty.get(k)!);
    const at = lists.map(() => 0);
    const related: Agreement[] = [];
    const seen = new Set<string>();
    while (related.length < limit) {
      let best = -1;
      for (let l = 0; l < lists.length; l++) {
        if (
          at[l]! < lists[l]!.length &&
          (best < 0 || rank.get(lists[l]![at[l]!]!.id)! < rank.get(lists[best]![at[best]!]!.id)!)
        )
          best = l;
      }
      if (best < 0) break;
      const r = lists[best]![at[best]!++]!;
      if (seen.has(r.id) || r.id === record.id || r.id === record.parent || r.parent === record.id) continue;
      seen.add(r.id);
      related.push(r);
    }
    return {
      parent: record.parent === null ? undefined : byId.get(record.parent),
      children: childrenOf.get(record.id) ?? [],
      related,
      family: familyOf(record, byId, childrenOf, familyLimit),
    };
  };
}

function familyOf(
  record: Agreement,
  byId: ReadonlyMap<string, Agreement>,
  childrenOf: ReadonlyMap<string | null, Agreement[]>,
  limit: number,
): FamilyNode | undefined {
  // Up to the oldest ancestor; an editor's override could make a loop, so each record is visited once.
  const line = [record];
  const onLine = new Set([record.id]);
  for (let p = record.parent; p !== null && byId.has(p) && !onLine.has(p); p = byId.get(p)!.parent) {
    line.unshift(byId.get(p)!);
    onLine.add(p);
  }
  if (line.length === 1 && !childrenOf.has(record.id)) return undefined;
  // Always kept: the line, the record's siblings and its children; then the rest, breadth first, to the limit.
  const kept = new Set(onLine);
  for (const r of [...(childrenOf.get(record.parent ?? '') ?? []), ...(childrenOf.get(record.id) ?? [])])
    kept.add(r.id);
  const queue = [line[0]!];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const r = queue.shift()!;
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    if (kept.size < limit) kept.add(r.id);
    if (kept.has(r.id)) queue.push(...(childrenOf.get(r.id) ?? []));
  }
  const drawn = new Set<string>();
  const node = (r: Agreement): FamilyNode => {
    drawn.add(r.id);
    const all = childrenOf.get(r.id) ?? [];
    const children = all.filter((c) => kept.has(c.id) && !drawn.has(c.id));
    return { record: r, children: children.map(node), more: all.filter((c) => !kept.has(c.id)).length };
  };
  return node(line[0]!);
}

/** The shape of `/agreements.json`: one object per record, with its address on the site. */
export function publicRecord(r: Agreement, site: URL | undefined) {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    partner: r.partner,
    date: r.date,
    parties: r.parties,
    sectors: r.sectors,
    status: r.status,
    parent: r.parent,
    aliases: r.aliases,
    url: new URL(agreementPath(r.id), site ?? 'http://localhost/').href,
    sources: r.sources.map((s) => ({ source: s.source, quote: s.quote, anchor: s.anchor })),
  };
}

/** `/agreements.csv`: one row per record; list fields joined with "; ", quotes with " | ". */
export function agreementsCsv(records: readonly Agreement[], site: URL | undefined): string {
  const rows = records.map((r) => {
    const p = publicRecord(r, site);
    return {
      id: p.id,
      name: p.name,
      type: p.type,
      partner: p.partner,
      date: p.date ?? '',
      parties: p.parties
        .map((x) => (x.acronym && x.acronym !== x.name ? `${x.name} (${x.acronym})` : x.name))
        .join('; '),
      sectors: p.sectors.join('; '),
      status: statusLabel(p.status) ?? '',
      parent: p.parent ?? '',
      url: p.url,
      sources: p.sources.map((s) => `${s.source}#${s.anchor}`).join('; '),
      quotes: p.sources.map((s) => s.quote).join(' | '),
    };
  });
  return stringify(rows, { header: true, record_delimiter: 'windows' });
}
