/**
 * What a link preview says: one card per country, one per agreement, and one for the rest of the site, as plain
 * data (drawn by layout.ts, rendered by render.ts). Pure; the pages use `previewPath` and `previewAlt` for their
 * `og:image` tags, the endpoint in src/pages/og/ renders the same cards, so a tag never points at a missing image.
 */
import type { Agreement } from '../schemas/agreement.ts';
import type { Emblem } from '../schemas/emblem.ts';
import type { Partner } from '../schemas/source.ts';
import { typeLabel } from '../utils/agreements.ts';
import { countNoun } from '../utils/count.ts';
import { formatIsoDate, yearOf } from '../utils/dates.ts';

/** The picture at the card's top left: a partner's emblem, a monogram when it has none, or the site's mark. */
export type Badge =
  { kind: 'emblem'; emblem: Emblem } | { kind: 'monogram'; name: string } | { kind: 'site' };

export interface PreviewCard {
  /** The image's address under the site: `/og/countries/japan.png`. */
  path: string;
  badge: Badge;
  /** The small line over the title: the kind of page. */
  eyebrow: string;
  title: string;
  /** The line under the title. */
  subtitle: string;
}

/** Preview images are 1200 × 630 pixels, the size link previews crop least (OpenGraph's large image). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export const previewPath = {
  country: (partnerId: string) => `/og/countries/${partnerId}.png`,
  agreement: (agreementId: string) => `/og/agreements/${agreementId}.png`,
  site: () => '/og/site.png',
};

const badgeOf = (partner: Pick<Partner, 'name' | 'emblem'>): Badge =>
  partner.emblem ? { kind: 'emblem', emblem: partner.emblem } : { kind: 'monogram', name: partner.name };

/** "1985–2025", "2019", or nothing when no record is dated. */
function yearSpan(records: readonly Agreement[]): string | undefined {
  const years = records.flatMap((r) => yearOf(r.date) ?? []);
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

export function countryCard(partner: Partner, agreements: readonly Agreement[]): PreviewCard {
  const span = yearSpan(agreements);
  return {
    path: previewPath.country(partner.id),
    badge: badgeOf(partner),
    eyebrow: 'Science and technology partner',
    title: `India and ${partner.name}`,
    subtitle: [
      `${countNoun(agreements.length, 'agreement')} from ${countNoun(partner.sources, 'source')}`,
      span,
    ]
      .filter(Boolean)
      .join(', '),
  };
}

export function agreementCard(record: Agreement, partner: Pick<Partner, 'name' | 'emblem'>): PreviewCard {
  return {
    path: previewPath.agreement(record.id),
    badge: badgeOf(partner),
    eyebrow: [typeLabel(record.type), record.date ? formatIsoDate(record.date) : 'Date not stated'].join(
      ' · ',
    ),
    title: record.name,
    subtitle: `India and ${partner.name}`,
  };
}

export function siteCard(agreements: number, partners: number): PreviewCard {
  return {
    path: previewPath.site(),
    badge: { kind: 'site' },
    eyebrow: 'Agreements, MoUs, programmes and joint labs',
    title: 'India’s science and technology partnerships',
    subtitle: `${countNoun(agreements, 'agreement')} with ${countNoun(partners, 'partner')}, each traced to its source`,
  };
}

/** The image's text alternative (`og:image:alt`): everything the card says, in reading order. */
export function previewAlt(card: PreviewCard): string {
  return `${card.eyebrow}: ${card.title}. ${card.subtitle}.`;
}
