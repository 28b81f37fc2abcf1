/**
 * Astro's view of the generated content. The schemas are the same objects the
 * ingest validates with (src/schemas), so a generated file that Astro accepts
 * is exactly one the ingest could have written.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { generatedMdx } from './loaders/generated-mdx.ts';
import { partnerSchema, passagePageSchema, sourcePageSchema } from './schemas/source.ts';
import { agreementSchema } from './schemas/agreement.ts';
import { generatedDir as GENERATED } from './utils/generated-dir.ts';

export const collections = {
  sources: defineCollection({
    loader: generatedMdx({ pattern: '*.mdx', base: `${GENERATED}/sources` }),
    schema: sourcePageSchema,
  }),
  passages: defineCollection({
    loader: generatedMdx({ pattern: '*/*.mdx', base: `${GENERATED}/countries` }),
    schema: passagePageSchema,
  }),
  partners: defineCollection({
    loader: file(`${GENERATED}/partners.json`),
    schema: partnerSchema,
  }),
  agreements: defineCollection({
    loader: file(`${GENERATED}/agreements.json`),
    schema: agreementSchema,
  }),
};
