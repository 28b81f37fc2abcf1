// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';

// The public address, for canonical links and the sitemap. Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://partnerships-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
});
