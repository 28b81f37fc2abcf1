/**
 * The one inline script: runs in <head> before the first paint, so the page
 * is drawn in the reader's theme at once (no flash of the other theme), and
 * marks <html class="js"> so the phone menu can start closed without a jump.
 *
 * It is a fixed string, never built from content, and its hash is exported so
 * a Content-Security-Policy can allow exactly this script (`script-src 'sha256-…'`).
 * Keep it ES5-small: it blocks rendering.
 */
/** The localStorage key that remembers the reader's choice ("light" or "dark"). */
export const THEME_STORAGE_KEY = 'atlas-theme';

export const themeInitScript =
  `(function(){var d=document.documentElement,t;` +
  `try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}` +
  `if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';` +
  `d.setAttribute('data-theme',t);d.classList.add('js')})()`;

/** The CSP source expression for the script above, e.g. `'sha256-…'` (Web Crypto: works in Node and browsers). */
export async function themeInitHash(): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(themeInitScript));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
