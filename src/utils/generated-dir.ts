/**
 * Where the ingest's output is read from: `content/generated`, or `ATLAS_GENERATED_DIR` (the tests'
 * fixture site builds from its own). Read once, at the configuration edge.
 */
export const generatedDir: string = process.env.ATLAS_GENERATED_DIR ?? './content/generated';

/** Copies of the originals kept beside the sources, inside the generated folder (written by the ingest). */
export const ORIGINALS_DIR = 'originals';
