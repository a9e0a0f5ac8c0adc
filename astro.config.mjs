// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site.config.ts';
import { searchIndex } from './src/search/integration.ts';
import { keptOutput } from './src/build/keptOutput.ts';
import { dataStoreFromFile } from './src/build/dataStoreFromFile.ts';
import { catalogCache } from './src/build/catalogCache.ts';
import { DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/security/csp.ts';

// Where the portal is deployed comes from src/site.config.ts (SITE_URL / BASE_PATH override it):
//   SITE_URL=https://gk.example.gov.cn BASE_PATH=/nianbao/ npm run build
export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  output: 'static',
  // "always": every page is built as <route>/index.html (build.format "directory"), which any static
  // host serves at <route>/; each page has exactly one URL (also what the search index records).
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files, never inline <style>: the same Content-Security-Policy then holds as a
    // header (public/_headers, nginx), which cannot list the hashes of inline styles.
    inlineStylesheets: 'never',
  },
  // Content-Security-Policy in every page's <meta> (src/security/csp.ts has the policy and why).
  security: {
    csp: {
      directives: [...DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // The portal has no Markdown pages; Shiki's highlighting would need inline styles, which the CSP refuses.
  markdown: { syntaxHighlight: false },
  // No request may leave the site: no prefetching from elsewhere, no telemetry in pages.
  prefetch: false,
  // Test builds of other report sets (REPORTS_DIR) get a cache of their own, so that they can run
  // beside the main build without sharing its stored, already parsed reports.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Incremental builds: a page whose getStaticPaths() entry has a cacheKey (src/portal/cacheKeys.ts) is
  // copied from the previous build when its key and code are unchanged. The cache lives in cacheDir
  // (node_modules/.astro by default; the deploy workflow keeps it between runs). build.concurrency
  // must stay 1 (the default): more turns the cache off.
  experimental: { incrementalBuild: true },
  // keptOutput keeps dist/ between builds (reused pages stay in place) and prunes what no route made.
  // dataStoreFromFile: the server bundle reads the content store from its file instead of carrying it.
  // catalogCache: the cross-year checks of unchanged pairs of reports are kept from one build to the next.
  integrations: [searchIndex(), keptOutput(), dataStoreFromFile(), catalogCache()],
});
