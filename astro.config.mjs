// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';
import linkPreviews from './src/integrations/link-previews.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { themeInitHash } from './src/layouts/theme-init.ts';

// The public address, for canonical links and the sitemap. Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://partnerships-atlas.example.org';

// Tests build a second site (real sources plus hostile fixtures) into its own folder.
const outDir = process.env.ATLAS_OUT_DIR ?? './dist';
// ...with its own cache, so fixture entries can never leak into the real site's content store.
const cacheDir = process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro';
// The ingest's output the site is built from (src/content.config.ts reads the same variable).
const generatedDir = process.env.ATLAS_GENERATED_DIR ?? './content/generated';

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  // Search results, the 404 page and the offline page are not content: they stay out of the sitemap.
  // indexChunkSize: small index chunks, so a first search downloads only the words it needs (docs/search.md).
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(search|404|offline)\/$/.test(new URL(page).pathname) }),
    pagefind({ indexChunkSize: 700, generatedDir }),
    linkPreviews(),
    serviceWorker(),
  ],
  // Scripts stay external files, never inlined: a Content-Security-Policy then needs no inline allowance
  // beyond the one hashed theme script (src/layouts/theme-init.ts).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Astro writes a Content-Security-Policy <meta> into every page, with hashes of the scripts and styles it
  // emits; the one inline script (theme-init) is allowed by its hash, nothing else inline runs. Pagefind
  // compiles its WebAssembly ('wasm-unsafe-eval') and fetches its index from this site. Directives that a
  // <meta> cannot carry (frame-ancestors) are in public/_headers for hosts that read it.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ ((await themeInitHash()).slice(1, -1))],
      },
    },
  },
});
