/**
 * `content/map.yml`: where the world map marks a partner that is not a
 * country. Countries need no entry: their shapes come from world-atlas,
 * matched by ISO code.
 */
import { z } from 'zod';
import { slugSchema } from './source.ts';

export const mapMarkerSchema = z.strictObject({
  /** The place the marker stands for, shown in the legend ("Brussels"). */
  at: z.string().min(1),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});
export type MapMarker = z.infer<typeof mapMarkerSchema>;

export const mapPlacesSchema = z.strictObject({
  /** Partner slug (as in `content/partners.yml`) → the point its marker stands on. */
  markers: z.record(slugSchema, mapMarkerSchema),
});
export type MapPlaces = z.infer<typeof mapPlacesSchema>;
