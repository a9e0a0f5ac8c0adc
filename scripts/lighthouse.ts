// npm run lighthouse — builds the site, serves it on 127.0.0.1 and prints the Lighthouse scores
// (performance, accessibility, best practices, SEO) of the home page, the largest report page and a search with
// results, in Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium). Exits 1 when a score is
// below the portal's thresholds (accessibility, best practices and SEO 100, performance 95).
// `node scripts/lighthouse.ts <dir>` scores a site already built into <dir>.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './tools/staticServer.ts';
import { THRESHOLDS, belowThresholds, formatScores, measure, pagesToMeasure } from './tools/lighthouse.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} 中没有构建好的网站：请先运行 npm run build。`);
  process.exit(2);
}
const server = await startStaticServer({ root: dir, basePath: process.env.BASE_PATH ?? '/' });
try {
  const started = Date.now();
  const results = await measure(pagesToMeasure(server.url, dir));
  console.log(formatScores(results));
  console.log(
    `(${((Date.now() - started) / 1000).toFixed(0)} s; thresholds: ${Object.entries(THRESHOLDS)
      .map(([c, t]) => `${c} ${t}`)
      .join(', ')})`,
  );
  const below = belowThresholds(results);
  for (const r of results) for (const s of r.shortfalls) console.log(`  ${r.url} ${s}`);
  if (below.length > 0) {
    console.log(`低于要求：\n${below.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
