/**
 * A country's emblem as data: a simple flag drawn from a few shapes, so a
 * country page never depends on emoji flags (which some systems cannot show)
 * or on image files. Editors add it to `content/partners.yml`; the ingest
 * copies it into partners.json; `src/utils/emblem.ts` turns it into SVG shapes.
 */
import { z } from 'zod';

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as #rrggbb');
/** Stroke widths are in units of a 30 × 20 flag. */
const strokeSchema = z.strictObject({ colour: colourSchema, width: z.number().positive().max(20) });

export const emblemSchema = z.strictObject({
  /** Equal bands, top to bottom (left to right when `vertical`); one colour is a plain field. */
  stripes: z.array(colourSchema).min(1),
  vertical: z.boolean().optional(),
  /** A rectangle in the top-left corner over the upper half of the stripes. */
  canton: colourSchema.optional(),
  /** A disc in the centre. */
  disc: colourSchema.optional(),
  /** Diagonal crosses, drawn first to last (wider first, so a narrower one sits on top). */
  saltire: z.array(strokeSchema).optional(),
  /** Upright crosses, drawn first to last; `nordic` shifts the upright towards the hoist. */
  cross: z.array(strokeSchema.extend({ nordic: z.boolean().optional() })).optional(),
});
export type Emblem = z.infer<typeof emblemSchema>;
