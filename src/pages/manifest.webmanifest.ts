/** `/manifest.webmanifest`: the site's name, colours and icons, so a phone can add it to the home screen. */
import type { APIRoute } from 'astro';
import {
  APP_ICONS,
  BACKGROUND_COLOUR,
  SITE_NAME,
  SITE_SHORT_NAME,
  THEME_COLOURS,
} from '../utils/site-identity.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: SITE_NAME,
        short_name: SITE_SHORT_NAME,
        description:
          'India’s science and technology agreements, country by country, traced to their sources.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOURS.light,
        background_color: BACKGROUND_COLOUR,
        icons: APP_ICONS.map((i) => ({ ...i, type: 'image/png' })),
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
