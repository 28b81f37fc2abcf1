import type { LinkPreviewSettings } from '../integrations/link-previews.ts';

declare global {
  /** Set at build time by src/integrations/link-previews.ts (a Vite define). */
  const __LINK_PREVIEWS__: LinkPreviewSettings;
}
