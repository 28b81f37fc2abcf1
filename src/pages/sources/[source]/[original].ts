/**
 * `/sources/<slug>/<slug>.pdf` …: the original a source was converted from (`npm run add`), byte for byte,
 * from the copy the ingest keeps in its generated folder. A saved web page is published as plain text
 * (see src/utils/originals.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ORIGINALS_DIR, generatedDir } from '../../../utils/generated-dir.ts';
import { originalFormatInfo, publishedName, type OriginalFile } from '../../../utils/originals.ts';

export const getStaticPaths = (async () =>
  (await getCollection('sources')).flatMap((s) =>
    s.data.original
      ? [
          {
            params: { source: s.id, original: publishedName(s.data.original) },
            props: { original: s.data.original },
          },
        ]
      : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ original: OriginalFile }> = async ({ props }) =>
  new Response(await readFile(join(generatedDir, ORIGINALS_DIR, props.original.file)), {
    headers: { 'Content-Type': originalFormatInfo[props.original.format].contentType },
  });
