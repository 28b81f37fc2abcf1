/**
 * Stage 0: the files in `content/sources/` to validated source inputs. Pure:
 * takes names and bytes, returns sources or problems, so every error path is
 * tested without touching a disk.
 */
import { sourceMetaSchema, slugSchema } from '../schemas/source.ts';
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

export function readSources(files: readonly RawFile[], dir: string): ReadResult {
  const problems: IngestProblem[] = [];
  const bySlug = new Map<string, { txt?: RawFile; yml?: RawFile }>();
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${dir}/${f.name}`;
    const m = /^(.*)\.(txt|yml|yaml)$/.exec(f.name);
    if (!m) {
      problems.push({
        file: path,
        message: 'is not a source file',
        fix: 'keep only <slug>.txt (the text) and <slug>.yml (its metadata) in this folder',
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
    const key = ext === 'txt' ? 'txt' : 'yml';
    if (pair[key]) {
      problems.push({
        file: path,
        message: `duplicates the slug "${slug}" of ${dir}/${pair[key].name}`,
        fix: 'keep one metadata file per document: use .yml, not both .yml and .yaml',
      });
      continue;
    }
    pair[key] = f;
    bySlug.set(slug, pair);
  }

  const sources: SourceInput[] = [];
  for (const [slug, { txt, yml }] of bySlug) {
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
    sources.push({ slug, file: `${dir}/${txt.name}`, meta: meta.value, text });
  }
  return { sources, problems };
}
