// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { regulationsIntegration } from './src/integrations/regulations.ts';

// The canonical origin used for <link rel="canonical">, Open Graph and the sitemap.
// Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://xhsh-dangjian.cn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // Must run first: it writes the regulation chapters that the content layer then loads.
    regulationsIntegration(),
    mdx({ smartypants: false }),
    preact(),
    sitemap(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  prefetch: false,
});
