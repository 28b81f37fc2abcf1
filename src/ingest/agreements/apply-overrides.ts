/**
 * The editor's overrides (`content/agreements.yml`) applied to extracted
 * records: rename, merge, split, correct, cite, add, drop. Every override is
 * checked: its target exists, its quotes are verbatim in the named source.
 * Problems name the file, the line and the fix; nothing is applied half-way.
 */
import type { Agreement, AgreementSource, EditorParty, Override, Party } from '../../schemas/agreement.ts';
import type { Sector } from '../../schemas/config.ts';
import type { IngestProblem } from '../errors.ts';
import { datesCompatible, preciserDate } from './parse-date.ts';
import { partyKey } from '../../utils/names.ts';
import { STATUS_RANK } from './classify-type.ts';

export interface SourceText {
  slug: string;
  file: string;
  blocks: readonly { anchor: string; text: string }[];
}

export interface OverrideContext {
  file: string;
  /** 1-based line of override `index` (and of one of its fields), for messages. */
  lineOf(index: number, field?: string): number | undefined;
  sources: ReadonlyMap<string, SourceText>;
  partners: ReadonlySet<string>;
  isPartner(name: string, partner: string): boolean;
  sectorsOf(text: string): Sector[];
}

export interface OverrideResult {
  records: Agreement[];
  problems: IngestProblem[];
  /** One line per override applied, for the ingest summary. */
  applied: string[];
}

/** The paragraph a quote comes from, or undefined when it is not verbatim in the source. */
export function locateQuote(source: SourceText | undefined, quote: string): string | undefined {
  return source?.blocks.find((b) => b.text.includes(quote))?.anchor;
}

/** The nearest existing id, to suggest when an editor mistypes one. */
function nearest(id: string, ids: readonly string[]): string | undefined {
  const score = (other: string) => {
    let n = 0;
    while (n < id.length && id[n] === other[n]) n++;
    const shared = new Set(id.split('-').filter((w) => other.split('-').includes(w))).size;
    return n + shared * 4;
  };
  return [...ids].sort((a, b) => score(b) - score(a))[0];
}

function toParty(p: EditorParty, partner: string, ctx: OverrideContext): Party {
  const o = typeof p === 'string' ? { name: p } : p;
  return {
    name: o.name,
    acronym: o.acronym ?? null,
    side: o.side ?? (ctx.isPartner(o.name, partner) ? 'partner' : 'india'),
  };
}

type Fields = Extract<Override, { correct: string }>['set'];

function applyFields(r: Agreement, set: Fields, ctx: OverrideContext): Agreement {
  const out: Agreement = { ...r };
  if (set.name !== undefined) out.name = set.name;
  if (set.type !== undefined) out.type = set.type;
  if (set.partner !== undefined) out.partner = set.partner;
  if (set.date !== undefined) out.date = set.date;
  if (set.parties !== undefined) out.parties = set.parties.map((p) => toParty(p, out.partner, ctx));
  if (set.sectors !== undefined) out.sectors = [...set.sectors];
  if (set.status !== undefined)
    out.status =
      set.status === null
        ? null
        : { state: set.status.state, on: set.status.on ?? null, until: set.status.until ?? null };
  if (set.parent !== undefined) out.parent = set.parent;
  if (set.aliases !== undefined) out.aliases = [...new Set([...out.aliases, ...set.aliases])];
  return out;
}

/** The sectors of both, "general" only when there is no other. */
function sectorUnion(a: readonly Sector[], b: readonly Sector[]): Sector[] {
  const all = [...new Set([...a, ...b])];
  return all.length > 1 ? all.filter((s) => s !== 'general') : all;
}

function mergeInto(target: Agreement, other: Agreement): Agreement {
  const seen = new Set(target.sources.map((s) => `${s.source}\u0000${s.quote}`));
  const partyKeys = new Set(target.parties.map(partyKey));
  const statuses = [target.status, other.status].filter((s) => s !== null);
  return {
    ...target,
    date: datesCompatible(target.date, other.date) ? preciserDate(target.date, other.date) : target.date,
    parties: [...target.parties, ...other.parties.filter((p) => !partyKeys.has(partyKey(p)))],
    sectors: sectorUnion(target.sectors, other.sectors),
    status:
      [...statuses].sort((a, b) => STATUS_RANK.indexOf(b.state) - STATUS_RANK.indexOf(a.state))[0] ?? null,
    aliases: [...new Set([...target.aliases, other.name, ...other.aliases])].filter((a) => a !== target.name),
    sources: [...target.sources, ...other.sources.filter((s) => !seen.has(`${s.source}\u0000${s.quote}`))],
  };
}

export function applyOverrides(
  extracted: readonly Agreement[],
  overrides: readonly Override[],
  ctx: OverrideContext,
): OverrideResult {
  let records = [...extracted];
  const problems: IngestProblem[] = [];
  const applied: string[] = [];
  const problem = (i: number, field: string, message: string, fix: string) => {
    const line = ctx.lineOf(i, field);
    problems.push({
      file: ctx.file,
      ...(line === undefined ? {} : { line }),
      where: `overrides[${i}].${field}`,
      message,
      fix,
    });
  };
  const find = (i: number, field: string, id: string): Agreement | undefined => {
    const r = records.find((x) => x.id === id);
    if (!r) {
      const near = nearest(
        id,
        records.map((x) => x.id),
      );
      problem(
        i,
        field,
        `names record "${id}", which does not exist`,
        `use an id from content/generated/agreements.json${near ? ` (did you mean "${near}"?)` : ''}, or remove this override; if a source was edited, the sentence this record came from may have changed: point the override at the record's new id or remove it`,
      );
    }
    return r;
  };
  const quotes = (
    i: number,
    field: string,
    list: readonly { source: string; quote: string }[],
  ): AgreementSource[] | undefined => {
    const out: AgreementSource[] = [];
    let ok = true;
    list.forEach((q, k) => {
      const source = ctx.sources.get(q.source);
      if (!source) {
        problem(
          i,
          `${field}[${k}].source`,
          `names source "${q.source}", which does not exist`,
          `use the slug of a file in content/sources/ (${[...ctx.sources.keys()].join(', ')})`,
        );
        ok = false;
        return;
      }
      const anchor = locateQuote(source, q.quote);
      if (!anchor) {
        problem(
          i,
          `${field}[${k}].quote`,
          `quote is not verbatim in ${source.file}: "${q.quote.slice(0, 80)}${q.quote.length > 80 ? '…' : ''}"`,
          'copy the sentence exactly as the source writes it (same spelling, punctuation and spaces), from a single paragraph',
        );
        ok = false;
        return;
      }
      out.push({ source: q.source, quote: q.quote, anchor });
    });
    return ok ? out : undefined;
  };
  const checkPartner = (i: number, field: string, partner: string | undefined) => {
    if (partner !== undefined && !ctx.partners.has(partner)) {
      problem(
        i,
        field,
        `names partner "${partner}", which is not in content/partners.yml`,
        `use one of: ${[...ctx.partners].join(', ')}`,
      );
      return false;
    }
    return true;
  };
  const replace = (r: Agreement) => {
    records = records.map((x) => (x.id === r.id ? r : x));
  };
  const repoint = (from: string, to: string | null) => {
    records = records.map((x) => (x.parent === from ? { ...x, parent: to === x.id ? null : to } : x));
  };

  overrides.forEach((o, i) => {
    if ('rename' in o) {
      const r = find(i, 'rename', o.rename);
      if (!r) return;
      if (o.id && o.id !== r.id && records.some((x) => x.id === o.id))
        return problem(
          i,
          'id',
          `new id "${o.id}" is already taken`,
          'choose another id, or merge the two records instead',
        );
      const renamed = {
        ...r,
        name: o.name,
        id: o.id ?? r.id,
        aliases: [...new Set([...r.aliases, r.name])].filter((a) => a !== o.name),
      };
      records = records.map((x) => (x.id === r.id ? renamed : x));
      if (o.id) repoint(r.id, o.id);
      applied.push(`renamed ${r.id}${o.id ? ` → ${o.id}` : ''}`);
    } else if ('merge' in o) {
      const target = find(i, 'into', o.into);
      const others = o.merge.map((id, k) => find(i, `merge[${k}]`, id));
      if (!target || others.some((x) => x === undefined)) return;
      let merged = target;
      for (const other of others) {
        if (other!.id === target.id) continue;
        merged = mergeInto(merged, other!);
        records = records.filter((x) => x.id !== other!.id);
        repoint(other!.id, target.id);
      }
      replace(merged);
      applied.push(`merged ${o.merge.join(', ')} into ${o.into}`);
    } else if ('split' in o) {
      const r = find(i, 'split', o.split);
      if (!r) return;
      if (records.some((x) => x.id === o.into.id))
        return problem(i, 'into.id', `new id "${o.into.id}" is already taken`, 'choose an id no record has');
      const moved = o.into.quotes.map((q, k) => {
        const hit = r.sources.find((s) => s.source === q.source && s.quote === q.quote);
        if (!hit)
          problem(
            i,
            `into.quotes[${k}]`,
            `is not one of the quotes record "${r.id}" cites`,
            `copy a quote from ${r.id}'s sources in content/generated/agreements.json`,
          );
        return hit;
      });
      if (moved.some((m) => m === undefined) || !checkPartner(i, 'into.partner', o.into.partner)) return;
      const rest = r.sources.filter((s) => !moved.includes(s));
      if (rest.length === 0)
        return problem(
          i,
          'into.quotes',
          `would take every quote of "${r.id}"`,
          'leave at least one quote with the original, or use `correct:` instead',
        );
      const { id, quotes: _q, ...fields } = o.into;
      void _q;
      const split: Agreement = applyFields(
        { ...r, id, sources: moved as AgreementSource[], aliases: [], parent: r.parent },
        fields,
        ctx,
      );
      records = [...records.map((x) => (x.id === r.id ? { ...r, sources: rest } : x)), split];
      applied.push(`split ${id} from ${r.id}`);
    } else if ('correct' in o) {
      const r = find(i, 'correct', o.correct);
      if (!r || !checkPartner(i, 'set.partner', o.set.partner)) return;
      if (o.set.parent && !records.some((x) => x.id === o.set.parent))
        return void find(i, 'set.parent', o.set.parent);
      replace(applyFields(r, o.set, ctx));
      applied.push(`corrected ${r.id} (${Object.keys(o.set).join(', ')})`);
    } else if ('cite' in o) {
      const r = find(i, 'cite', o.cite);
      const found = quotes(i, 'sources', o.sources);
      if (!r || !found) return;
      const seen = new Set(r.sources.map((s) => `${s.source}\u0000${s.quote}`));
      const added = found.filter((s) => !seen.has(`${s.source}\u0000${s.quote}`));
      replace({
        ...r,
        // A record's sectors are what its quotes speak of, so a sentence cited for it adds its own.
        sectors: sectorUnion(r.sectors, ctx.sectorsOf(added.map((s) => s.quote).join(' '))),
        sources: [...r.sources, ...added],
      });
      applied.push(`cited ${found.length} more quote(s) for ${r.id}`);
    } else if ('add' in o) {
      const a = o.add;
      if (records.some((x) => x.id === a.id))
        return problem(
          i,
          'add.id',
          `id "${a.id}" already exists`,
          'choose another id, or use `correct:` or `cite:` on the existing record',
        );
      const found = quotes(i, 'add.sources', a.sources);
      if (!found || !checkPartner(i, 'add.partner', a.partner)) return;
      const base: Agreement = {
        id: a.id,
        name: a.name,
        type: a.type,
        partner: a.partner,
        date: null,
        parties: [],
        sectors: ['general'],
        status: null,
        parent: null,
        aliases: [],
        sources: found,
      };
      const derived = ctx.sectorsOf([a.name, ...found.map((s) => s.quote)].join(' '));
      const { id: _id, sources: _s, ...fields } = a;
      void _id;
      void _s;
      records.push(
        applyFields({ ...base, sectors: derived.length > 0 ? derived : ['general'] }, fields, ctx),
      );
      applied.push(`added ${a.id}`);
    } else {
      const r = find(i, 'drop', o.drop);
      if (!r) return;
      records = records.filter((x) => x.id !== r.id);
      repoint(r.id, null);
      applied.push(`dropped ${r.id}`);
    }
  });
  // A parent must exist once all overrides are in.
  records.forEach((r) => {
    if (r.parent !== null && !records.some((x) => x.id === r.parent)) {
      problems.push({
        file: ctx.file,
        where: `record ${r.id}`,
        message: `has parent "${r.parent}", which no longer exists`,
        fix: 'set `parent:` with a `correct:` override to an existing id, or to null',
      });
    }
  });
  return { records, problems, applied };
}

/** Every quote must be verbatim in its source paragraph; the build stops naming the record otherwise. */
export function verifyQuotes(
  records: readonly Agreement[],
  sources: ReadonlyMap<string, SourceText>,
  generatedFile: string,
): IngestProblem[] {
  return records.flatMap((r) =>
    r.sources.flatMap((s, k) => {
      const source = sources.get(s.source);
      const block = source?.blocks.find((b) => b.anchor === s.anchor);
      if (block?.text.includes(s.quote)) return [];
      return [
        {
          file: generatedFile,
          where: `record "${r.id}" sources[${k}]`,
          message: `quote is not verbatim in ${source?.file ?? `content/sources/${s.source}.txt`}${block ? ` (paragraph #${s.anchor})` : ` (no paragraph #${s.anchor})`}: "${s.quote.slice(0, 80)}"`,
          fix: 'correct the quote in content/agreements.yml to the exact words of the source, or fix the extraction stage that produced it',
        },
      ];
    }),
  );
}
