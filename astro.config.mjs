// @ts-check
import { defineConfig } from 'astro/config';

// Where the portal is deployed. Both can be overridden at build time, e.g.
//   SITE_URL=https://gk.example.gov.cn BASE_PATH=/nianbao/ npm run build
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  // "always": every page is built as <route>/index.html (build.format
  // "directory"), which any static host serves at <route>/. Requiring the
  // slash makes the dev server and preview behave like that host, keeps
  // import.meta.env.BASE_URL ending in "/" so links can be written as
  // `${import.meta.env.BASE_URL}reports/…`, and gives each page exactly one
  // canonical URL (also what the Pagefind index records).
  trailingSlash: 'always',
  build: {
    format: 'directory',
  },
});
