import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMapPlaces } from '../../src/utils/map-places.ts';

function site(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-map-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/map.yml'), yaml);
  return root;
}

describe('content/map.yml', () => {
  it('reads the real file: the European Union is marked at Brussels', () => {
    expect(readMapPlaces().markers['european-union']).toEqual({ at: 'Brussels', lon: 4.35, lat: 50.85 });
  });

  it('stops on a bad entry, naming the file, the line, the field and the fix', () => {
    const root = site('markers:\n  european-union: { at: Brussels, lon: 4.35, lat: 150 }\n');
    expect(() => readMapPlaces(root)).toThrow(
      /^content\/map\.yml: line 2: field `markers\.european-union\.lat`: .*\n {2}fix: correct `markers\.european-union\.lat`/,
    );
    expect(() => readMapPlaces(site('markers:\n  eu: { at: Brussels, lon: 4.35 }\n'))).toThrow(
      /field `markers\.eu\.lat`: is missing\n {2}fix: add `markers\.eu\.lat: …`; it is required/,
    );
  });
});
