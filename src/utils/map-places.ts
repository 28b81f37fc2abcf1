/**
 * Build-time access to `content/map.yml` (where the world map marks partners
 * that are not countries). A mistake in the file stops the build with the
 * file, the line and the fix, as the ingest does for the other data files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../ingest/errors.ts';
import { parseYaml } from '../ingest/yaml-data.ts';
import { mapPlacesSchema, type MapPlaces } from '../schemas/map.ts';

export function readMapPlaces(root = process.cwd()): MapPlaces {
  const parsed = parseYaml(
    mapPlacesSchema,
    readFileSync(join(root, 'content/map.yml'), 'utf8'),
    'content/map.yml',
  );
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.value;
}
