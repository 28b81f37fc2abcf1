/**
 * The header's search dialog: full screen on phones, a panel on wider
 * screens (src/styles/search.css). Built on first open from the <template>
 * that SearchTrigger.astro renders, so content pages carry no live search UI.
 * A modal <dialog> keeps focus inside and closes on Esc; closing returns focus
 * to whatever opened it.
 */
import searchCssUrl from '../../styles/search.css?url';
import { mountSearch, type SearchPanel } from './controller.ts';

let opened: { dialog: HTMLDialogElement; panel: SearchPanel } | undefined;

/**
 * The dialog's stylesheet, linked on first open rather than imported: an
 * imported stylesheet would be linked from every page by the bundler.
 */
function loadStyles(doc: Document): Promise<void> {
  if (doc.querySelector(`link[href="${searchCssUrl}"]`)) return Promise.resolve();
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = searchCssUrl;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  doc.head.append(link);
  return loaded;
}

function build(doc: Document): { dialog: HTMLDialogElement; panel: SearchPanel } | undefined {
  const template = doc.querySelector<HTMLTemplateElement>('template[data-search-dialog-template]');
  const dialog = template?.content.firstElementChild?.cloneNode(true);
  if (!(dialog instanceof HTMLDialogElement)) return undefined;
  doc.body.append(dialog);
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return undefined;
  const panel = mountSearch(root, { mode: 'dialog' });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  return { dialog, panel };
}

/**
 * Opens the dialog (building it the first time) and gives focus back to
 * `returnTo` on close. `typedMeanwhile` hands over what the reader typed while
 * the dialog was loading.
 */
export async function openSearchDialog(
  doc: Document,
  returnTo: HTMLElement | null,
  typedMeanwhile: () => string = () => '',
): Promise<boolean> {
  await loadStyles(doc);
  opened ??= build(doc);
  if (!opened) return false;
  const { dialog, panel } = opened;
  if (dialog.open) {
    panel.input.focus();
    return true;
  }
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  panel.input.focus();
  const typed = typedMeanwhile();
  if (typed) {
    panel.input.value = typed;
    panel.input.dispatchEvent(new Event('input'));
  } else {
    panel.input.select();
  }
  return true;
}
