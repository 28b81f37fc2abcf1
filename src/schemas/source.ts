/**
 * Schemas for what editors write and what the ingest writes. This file and
 * `agreement.ts` are the single source of truth: the ingest validates with
 * them, `src/content.config.ts` hands the same objects to Astro, and every
 * type in the project is inferred from them.
 */
import { z } from 'zod';
import { emblemSchema } from './emblem.ts';

/** A partial or full ISO date, as sources state them: `2006`, `2006-12` or `2006-12-08`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealIsoDate, 'is not a real calendar date');

function isRealIsoDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** Kinds of document; a reader filters and weighs a source by what it is. */
export const sourceKinds = [
  'news',
  'government',
  'policy-paper',
  'press-release',
  'report',
  'other',
] as const;

/**
 * Why `npm run add` left a line of an original out of the text: the converters' counterpart of the
 * rules in `content/boilerplate.yml`. Each removed line is recorded in the source's `.yml` under
 * `removed:` and listed at the foot of its page, so nothing is lost unseen.
 */
export const conversionRules = {
  'pdf-running-header': 'A line repeated at the top of most pages of the PDF (a running header).',
  'pdf-running-footer': 'A line repeated at the foot of most pages of the PDF (a running footer).',
  'pdf-page-number': 'A page number printed on each page of the PDF.',
  'pdf-rotated-text':
    'Text set at an angle in the PDF (a margin stamp or watermark), outside the reading order.',
  'web-page-chrome':
    'Text of the web page outside its article (navigation, cookie notices, newsletter prompts, related stories, footers), as Mozilla Readability finds it.',
  'markdown-image': 'The description of an image in the Markdown file; the text does not contain the image.',
} as const;
export type ConversionRule = keyof typeof conversionRules;
const conversionRuleIds = Object.keys(conversionRules) as [ConversionRule, ...ConversionRule[]];

/** One line of the original that the converter removed, with the rule that removed it and, for a PDF, its page. */
export const removedLineSchema = z.strictObject({
  rule: z.enum(conversionRuleIds),
  text: z.string().trim().min(1),
  page: z.number().int().positive().optional(),
});
export type RemovedLine = z.infer<typeof removedLineSchema>;

/**
 * Formats of an original kept beside its text (`content/sources/<slug>.pdf` …), which the source page
 * links with its size. A `.txt` is its own original.
 */
export const originalFormats = ['pdf', 'html', 'md'] as const;
export type OriginalFormat = (typeof originalFormats)[number];

/** Slugs name files and URLs, so they are kept to lowercase words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by single hyphens');

/**
 * `content/sources/<slug>.yml`: what the document itself states about itself.
 * Strict, so a misspelt key is an error rather than silently ignored.
 */
export const sourceMetaSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty'),
  publisher: z.string().trim().min(1).optional(),
  authors: z.array(z.string().trim().min(1)).optional(),
  // YAML reads a bare year (`published: 2006`, as the README allows) as a number.
  published: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), isoDateSchema).optional(),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) address')
    .optional(),
  kind: z.enum(sourceKinds).optional(),
  /**
   * The day the document was added to this site (not a date the text states): what the
   * feeds of new agreements (`/agreements.xml`) are ordered by. `npm run add` writes it.
   */
  added: isoDateSchema.optional(),
  /** Lines of the original that `npm run add` removed as page furniture; listed at the foot of the source page. */
  removed: z.array(removedLineSchema).optional(),
});
export type SourceMeta = z.infer<typeof sourceMetaSchema>;

const tocEntrySchema = z.strictObject({ id: z.string(), text: z.string() });

/** Frontmatter of `content/generated/sources/<slug>.mdx`: one whole document. */
export const sourcePageSchema = z.strictObject({
  source: slugSchema,
  title: z.string(),
  publisher: z.string().optional(),
  authors: z.array(z.string()),
  published: isoDateSchema.optional(),
  url: z.string().optional(),
  kind: z.enum(sourceKinds).optional(),
  /** The day the document was added to the site, from its metadata. */
  added: isoDateSchema.optional(),
  description: z.string(),
  partners: z.array(slugSchema),
  paragraphs: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  dropped: z.array(z.strictObject({ rule: z.string(), text: z.string() })),
  toc: z.array(tocEntrySchema),
  /** The original the text was converted from, published beside the page (see src/utils/originals.ts). */
  original: z
    .strictObject({
      file: z.string(),
      format: z.enum(originalFormats),
      bytes: z.number().int().nonnegative(),
    })
    .optional(),
});
export type SourcePage = z.infer<typeof sourcePageSchema>;

/** Frontmatter of `content/generated/countries/<partner>/<source>.mdx`: one source's passages about one partner. */
export const passagePageSchema = z.strictObject({
  partner: slugSchema,
  source: slugSchema,
  title: z.string(),
  publisher: z.string().optional(),
  published: isoDateSchema.optional(),
  passages: z.number().int().positive(),
  sectors: z.array(z.string()),
});
export type PassagePage = z.infer<typeof passagePageSchema>;

/** `content/generated/partners.json`: one entry per partner country found in the sources. */
export const partnerSchema = z.strictObject({
  id: slugSchema,
  name: z.string(),
  adjective: z.string(),
  /** Every way the gazetteer writes the partner: spellings, official name, demonyms ("Holland", "Dutch"); search reads them. */
  names: z.array(z.string()),
  sources: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
  topics: z.array(z.string()),
  emblem: emblemSchema.optional(),
  /** ISO 3166-1 alpha-2 ("DK"); absent for a partner that is not a country (the European Union). */
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** ISO 3166-1 alpha-3 ("DNK"). */
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** ISO 3166-1 numeric as the 3-digit string world-atlas TopoJSON uses as a feature id ("208"). */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
});
export type Partner = z.infer<typeof partnerSchema>;
