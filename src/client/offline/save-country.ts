/**
 * "Save this country for offline reading": fetches the list of the country's
 * pages (src/pages/countries/[partner]/offline.json.ts) and keeps them all,
 * saying in the button's status line how it went. Loaded on the first press.
 */
import { keepPages } from './keep-pages.ts';

let saving = false;

export async function saveCountry(button: HTMLButtonElement): Promise<void> {
  const root = button.closest<HTMLElement>('[data-save-offline-root]');
  const status = root?.querySelector<HTMLElement>('[data-save-offline-status]');
  const progress = root?.querySelector<HTMLProgressElement>('[data-save-offline-progress]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  if (saving) return;
  const win = button.ownerDocument.defaultView;
  if (!win?.navigator.serviceWorker || !('caches' in win)) {
    say('This browser cannot keep pages for reading offline (private windows often cannot).');
    return;
  }
  saving = true;
  try {
    const list = await fetch(button.dataset['saveOffline']!, { cache: 'no-cache' });
    if (!list.ok) throw new Error(`${list.status}`);
    const { pages } = (await list.json()) as { pages: string[] };
    say(`Saving ${pages.length} pages…`);
    if (progress) {
      progress.max = pages.length;
      progress.value = 0;
      progress.hidden = false;
    }
    const { kept, failed } = await keepPages(pages, win.location.href, (done) => {
      if (progress) progress.value = done;
    });
    say(
      failed.length === 0
        ? `Saved: all ${kept} pages now open without a network on this device.`
        : `Saved ${kept} of ${pages.length} pages; ${failed.length} could not be fetched. Check the connection and save again.`,
    );
  } catch {
    say('Saving needs the network: try again when you are online.');
  } finally {
    if (progress) progress.hidden = true;
    saving = false;
  }
}
