/**
 * The header's two enhancements, bundled as one small external module (so a
 * CSP needs no inline allowance for it). Without JavaScript the menu is simply
 * open and the theme follows the system setting.
 */
import { THEME_STORAGE_KEY } from '../layouts/theme-init.ts';

type Theme = 'light' | 'dark';

function storedTheme(): Theme | undefined {
  try {
    const t = localStorage.getItem(THEME_STORAGE_KEY);
    return t === 'light' || t === 'dark' ? t : undefined;
  } catch {
    return undefined;
  }
}

function applyTheme(root: HTMLElement, toggle: HTMLButtonElement, theme: Theme): void {
  root.dataset['theme'] = theme;
  toggle.setAttribute('aria-pressed', String(theme === 'dark'));
}

/** A pressed "Dark theme" button; the choice is remembered, otherwise the system setting is followed live. */
export function startThemeToggle(doc: Document): void {
  const toggle = doc.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!toggle) return;
  const root = doc.documentElement;
  applyTheme(root, toggle, root.dataset['theme'] === 'dark' ? 'dark' : 'light');
  toggle.addEventListener('click', () => {
    const next: Theme = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
    applyTheme(root, toggle, next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page.
    }
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    if (!storedTheme()) applyTheme(root, toggle, e.matches ? 'dark' : 'light');
  });
}

/** The phone menu button (aria-expanded/aria-controls); Escape closes it and gives focus back. */
export function startMenu(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('[data-menu-button]');
  const menu = button && doc.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !menu) return;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const partners = doc.querySelector<HTMLDetailsElement>('[data-partners-menu][open]');
    if (partners) {
      partners.open = false;
      partners.querySelector('summary')?.focus();
    } else if (button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
  // The partners list closes when focus or a click goes elsewhere, like any disclosure menu.
  doc.addEventListener('click', (e) => {
    const partners = doc.querySelector<HTMLDetailsElement>('[data-partners-menu][open]');
    if (partners && !partners.contains(e.target as Node)) partners.open = false;
  });
}
