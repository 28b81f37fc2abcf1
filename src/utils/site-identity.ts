/**
 * The site's name and colours, as the page head (src/layouts/Base.astro) and the
 * web app manifest (src/pages/manifest.webmanifest.ts) state them. The colours
 * are tokens of src/styles/global.css (`--surface`, `--bg`), which CSS cannot import.
 */
export const SITE_NAME = 'Partnerships Atlas';
/** Under an icon on a phone's home screen, where about twelve characters fit. */
export const SITE_SHORT_NAME = 'Atlas';

/** The browser's bar above the page: the header's surface colour in each theme. */
export const THEME_COLOURS = { light: '#f4f6f8', dark: '#1d2226' } as const;
/** Behind the icon while an installed site starts: the page background of the light theme. */
export const BACKGROUND_COLOUR = '#ffffff';

/** Icons for home screens and installed apps (public/icons/, drawn from public/favicon.svg by `npm run make:icons`). */
export const APP_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', purpose: 'maskable' },
] as const;
/** iOS's home-screen icon (it rounds the corners itself). */
export const APPLE_TOUCH_ICON = '/icons/apple-touch-icon.png';
