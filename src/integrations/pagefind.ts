/**
 * Builds the Pagefind index inside `astro build`, from the finished HTML, so
 * the index can never be stale or forgotten. The dev server has no index; the
 * search page says so.
 *
 * Every page is filed under a `kind` filter (agreement, country, sector,
 * source, page) by its address, and every paragraph of a source document is a
 * record of its own (kind `passage`, src/search/passages.ts): the search groups
 * results by kind and matches a query's words within one paragraph
 * (docs/search.md). Then the search lexicon is written beside the index
 * (src/integrations/search-lexicon.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import { kindOfPath } from '../search/page-kind.ts';
import { passagesOf } from '../search/passages.ts';
import { writeSearchLexicon } from './search-lexicon.ts';

/** Dashes outside ASCII (hyphen U+2010 to horizontal bar U+2015, minus sign) that join two words: “ISRO–JAXA”. */
const DASH_JOINED = /([\p{L}\p{N}])([\u2010-\u2015\u2212])(?=[\p{L}\p{N}])/gu;

/**
 * A page's HTML → the HTML Pagefind indexes: an ASCII hyphen after each dash
 * that joins two words (“ISRO–JAXA” → “ISRO–-JAXA”). Pagefind splits compound
 * words only at ASCII punctuation, so “ISRO–JAXA” was indexed as the one word
 * “isrojaxa” and a search for “JAXA” (or “Japan” in “India–Japan”) missed every
 * agreement title written that way. With the hyphen, Pagefind indexes the
 * joined word (a search for “DST-JST” still finds “DST–JST”) and its parts.
 * Only text between tags changes; the built pages are not touched, and the
 * search UI removes the hyphen from titles and excerpts
 * (src/client/search/pagefind-client.ts).
 */
export function hyphenateDashJoinedWords(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${hyphenateDashJoinedText(text)}<`);
}

/** The same for plain text (a passage's content). */
export const hyphenateDashJoinedText = (text: string) => text.replace(DASH_JOINED, '$1$2-');

/** The element Base.astro marks as the indexed body. */
const INDEXED_BODY = /<[a-z][a-z0-9]*\s[^>]*\bdata-pagefind-body(?=[\s=>/])[^>]*>/;

/**
 * Files an indexed page under its kind: a hidden `kind` filter as the first
 * child of its indexed body. Pages without `data-pagefind-body` are not indexed
 * and are returned unchanged.
 */
export function markKind(html: string, kind: string): string {
  return html.replace(
    INDEXED_BODY,
    (open) => `${open}<span hidden data-pagefind-filter="kind:${kind}"></span>`,
  );
}

export interface PagefindOptions {
  /**
   * Word locations per index chunk (Pagefind's default is 20 000). A first
   * search downloads every chunk its words fall in; at the default this site's
   * index was three chunks of ~25 KB gzip, so a three-word query cost 80 KB.
   * Pagefind reads this only from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; the
   * largest chunk is checked by scripts/check-dist.ts so a Pagefind that stops
   * honouring it is noticed. Figures in docs/search.md.
   */
  indexChunkSize: number;
  /** The ingest's output folder (content/generated, or a fixture's), for the partners the lexicon names. */
  generatedDir: string;
}

export default function pagefind({ indexChunkSize, generatedDir }: PagefindOptions): AstroIntegration {
  return {
    name: 'partnerships-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
        // Read by the Pagefind binary, which the first call below starts as a child process.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        let passages = 0;
        let passageSeconds = 0;
        // Pagefind runs as a child process: close it whatever happens, or a failed build hangs on it.
        try {
          const { index, errors } = await createIndex({});
          if (!index || errors.length > 0) return fail('createIndex', errors);
          // One at a time and in path order: Pagefind numbers pages as they arrive, and the
          // index must be byte-identical from build to build (npm run check:reproducible).
          for (const f of pages) {
            const path = f.split(sep).join('/');
            const kind = kindOfPath(path);
            const html = await readFile(join(root, f), 'utf8');
            const added = await index.addHTMLFile({
              sourcePath: path,
              content: markKind(hyphenateDashJoinedWords(html), kind),
            });
            if (added.errors.length > 0) fail(`addHTMLFile ${f}`, added.errors);
            if (kind !== 'source' || !/data-pagefind-body/.test(html)) continue;
            const passagesStarted = performance.now();
            for (const record of passagesOf(`/${path.replace(/index\.html$/, '')}`, html)) {
              const r = await index.addCustomRecord({
                ...record,
                content: hyphenateDashJoinedText(record.content),
              });
              if (r.errors.length > 0) fail(`addCustomRecord ${record.url}`, r.errors);
              passages++;
            }
            passageSeconds += (performance.now() - passagesStarted) / 1000;
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) fail('writeFiles', written.errors);
        } finally {
          await close();
        }
        const lexiconStarted = performance.now();
        const lexicon = await writeSearchLexicon(root, generatedDir);
        const lexiconSeconds = (performance.now() - lexiconStarted) / 1000;
        // The time is read by scripts/bench-scale.ts.
        logger.info(
          `indexed ${pages.length} pages and ${passages} passages into ${join(root, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s (passages ${passageSeconds.toFixed(1)} s; lexicon ${lexiconSeconds.toFixed(1)} s, ${lexicon.chunks} chunks, ${(lexicon.bytes / 1024).toFixed(1)} KB)`,
        );
      },
    },
  };
}
