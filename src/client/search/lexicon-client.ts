/**
 * The search lexicon in the browser (written by src/integrations/search-lexicon.ts):
 * the entry on first use, then one chunk per first letter a query needs, each
 * fetched once. A lexicon that fails to load leaves the search working as
 * plain Pagefind (every word searched as typed), never broken.
 */
import type { LexiconChunk, PageLink } from '../../search/build-lexicon.ts';
import type { LexiconEntry } from '../../integrations/search-lexicon.ts';
import type { ChunkLookup } from '../../search/plan-query.ts';

export interface LexiconClient {
  /** The countries the atlas covers. */
  partners(): PageLink[];
  /** Loads the chunks for these first letters; resolves when they are in memory. */
  load(keys: readonly string[]): Promise<void>;
  /** A loaded chunk; undefined when the lexicon could not be loaded. */
  lookup: ChunkLookup;
}

export function lexiconClient(entryUrl: string): LexiconClient {
  const base = new URL('.', new URL(entryUrl, location.href)).href;
  let entry: Promise<LexiconEntry | undefined> | undefined;
  const chunks = new Map<string, LexiconChunk>();
  const pending = new Map<string, Promise<void>>();
  let partners: PageLink[] = [];
  let known: LexiconEntry | undefined;
  /** A letter the entry has no chunk for: no indexed word starts with it. */
  const NONE: LexiconChunk = { words: [], phrases: {} };

  const getEntry = () =>
    (entry ??= fetch(entryUrl)
      .then((r) => (r.ok ? (r.json() as Promise<LexiconEntry>) : undefined))
      .then((e) => {
        partners = e?.partners ?? [];
        known = e;
        return e;
      })
      .catch(() => undefined));

  const loadOne = (key: string, e: LexiconEntry): Promise<void> => {
    const file = e.chunks[key];
    if (!file || chunks.has(key)) return Promise.resolve();
    let p = pending.get(key);
    if (!p) {
      p = fetch(base + file)
        .then((r) => (r.ok ? (r.json() as Promise<LexiconChunk>) : undefined))
        .then((c) => {
          if (c) chunks.set(key, c);
        })
        .catch(() => undefined);
      pending.set(key, p);
    }
    return p;
  };

  return {
    partners: () => partners,
    async load(keys) {
      const e = await getEntry();
      if (e) await Promise.all(keys.map((k) => loadOne(k, e)));
    },
    // Without the entry, nothing is known either way: the planner then searches every word as typed.
    lookup: (key) => chunks.get(key) ?? (known && !(key in known.chunks) ? NONE : undefined),
  };
}
