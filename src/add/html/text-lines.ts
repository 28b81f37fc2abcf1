/**
 * A DOM subtree → its text as lines, the way a reader sees it: each block element (paragraph, heading,
 * list item, table row …) on a line of its own, table cells separated by " | ", whitespace folded.
 * Scripts, styles and hidden elements give no text.
 */

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'body',
  'html',
  'legend',
  'option',
  'label',
  'center',
]);

/** Elements whose content is not text a reader reads. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'head',
  'title',
  'meta',
  'link',
  'video',
  'audio',
  'picture',
  'img',
  'input',
  'select',
  'textarea',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

export function textLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType === DOCUMENT_FRAGMENT_NODE) return node.childNodes.forEach(walk);
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') return flush();
    if (tag === 'pre') {
      flush();
      for (const line of (el.textContent ?? '').split('\n')) {
        current = line;
        flush();
      }
      return;
    }
    if ((tag === 'td' || tag === 'th') && current.trim() !== '') current += ' | ';
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
    else if (tag === 'td' || tag === 'th') current += ' ';
  };
  walk(root);
  flush();
  return lines;
}
