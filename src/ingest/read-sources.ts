/**
 * Stage 0: the files in `content/sources/` to validated source inputs. Pure:
 * takes names and bytes, returns sources or problems, so every error path is
 * tested without touching a disk.
 */
import { originalFormats, sourceMetaSchema, slugSchema, type OriginalFormat } from '../schemas/source.ts';
import type { SourceInput } from './document.ts';
import type { IngestProblem } from './errors.ts';
import { decodeUtf8, normaliseText } from './normalise.ts';
import { parseYaml } from './yaml-data.ts';

export interface RawFile {
  /** File name inside the sources folder, e.g. `japan-dst.txt`. */
  name: string;
  bytes: Uint8Array;
}

export interface ReadResult {
  sources: SourceInput[];
  problems: IngestProblem[];
}

const isOriginalFormat = (ext: string): ext is OriginalFormat =>
  (originalFormats as readonly string[]).includes(ext);

export function readSources(files: readonly RawFile[], dir: string): ReadResult {
  const problems: IngestProblem[] = [];
  const bySlug = new Map<string, { txt?: RawFile; yml?: RawFile; original?: RawFile }>();
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${dir}/${f.name}`;
    const m = /^(.*)\.([a-z]+)$/.exec(f.name);
    const known = m && (['txt', 'yml', 'yaml'].includes(m[2]!) || isOriginalFormat(m[2]!));
    if (!m || !known) {
      problems.push({
        file: path,
        message: 'is not a source file',
        fix: `keep only <slug>.txt (the text), <slug>.yml (its metadata) and the original it was converted from (<slug>.${originalFormats.join(', .')}) in this folder; run \`npm run add -- <file>\` to convert a document`,
      });
      continue;
    }
    const [, slug = '', ext] = m;
    if (!slugSchema.safeParse(slug).success) {
      problems.push({
        file: path,
        message: `has a name that cannot be a page address ("${slug}")`,
        fix: 'rename the .txt and .yml files to lowercase words joined by hyphens, e.g. india-japan-space.txt',
      });
      continue;
    }
    const pair = bySlug.get(slug) ?? {};
    const key = ext === 'txt' ? 'txt' : isOriginalFormat(ext!) ? 'original' : 'yml';
    if (pair[key]) {
      problems.push({
        file: path,
        message: `duplicates the slug "${slug}" of ${dir}/${pair[key].name}`,
        fix:
          key === 'original'
            ? 'keep one original per document: delete the one the text was not converted from'
            : 'keep one metadata file per document: use .yml, not both .yml and .yaml',
      });
      continue;
    }
    pair[key] = f;
    bySlug.set(slug, pair);
  }

  const sources: SourceInput[] = [];
  for (const [slug, { txt, yml, original }] of bySlug) {
    if (!txt && !yml) {
      problems.push({
        file: `${dir}/${original!.name}`,
        message: `is an original with no text ${slug}.txt or metadata ${slug}.yml beside it`,
        fix: `convert it with \`npm run add -- ${dir}/${original!.name}\` (move it out of this folder first), or delete it`,
      });
      continue;
    }
    if (!txt) {
      problems.push({
        file: `${dir}/${yml!.name}`,
        message: `has no text file ${slug}.txt beside it`,
        fix: `add ${dir}/${slug}.txt with the document's text, or delete the .yml`,
      });
      continue;
    }
    if (!yml) {
      problems.push({
        file: `${dir}/${txt.name}`,
        message: `has no metadata file ${slug}.yml beside it`,
        fix: `add ${dir}/${slug}.yml with at least \`title: …\``,
      });
      continue;
    }
    const decoded = decodeUtf8(txt.bytes, `${dir}/${txt.name}`);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const text = normaliseText(decoded.text);
    if (text.trim() === '') {
      problems.push({
        file: `${dir}/${txt.name}`,
        message: 'is empty (no text after removing whitespace)',
        fix: 'paste the document text into the file, or delete it and its .yml',
      });
      continue;
    }
    const metaBytes = decodeUtf8(yml.bytes, `${dir}/${yml.name}`);
    if (!metaBytes.ok) {
      problems.push(metaBytes.problem);
      continue;
    }
    const meta = parseYaml(sourceMetaSchema, metaBytes.text.replace(/^\uFEFF/, ''), `${dir}/${yml.name}`);
    if (!meta.ok) {
      problems.push(...meta.problems);
      continue;
    }
    const format = original?.name.slice(slug.length + 1);
    sources.push({
      slug,
      file: `${dir}/${txt.name}`,
      meta: meta.value,
      text,
      ...(original && format && isOriginalFormat(format)
        ? { original: { file: original.name, format, bytes: original.bytes.length } }
        : {}),
    });
  }
  return { sources, problems };
}
