// npm run bench:search — the size of the search index of the built site (dist/) and the bytes a
// first-time visitor downloads for a one-word and a two-word query. Run `npm run build` first.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './tools/staticServer.ts';
import { coldQueryCost } from './tools/coldQuery.ts';

const dist = process.argv[2] ?? 'dist';
function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, name));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

const index = folderBytes(join(dist, 'pagefind'));
console.log(`search index (${dist}/pagefind): ${(index.bytes / 1024).toFixed(1)} KiB in ${index.files} files`);
const server = await startStaticServer({ root: dist });
try {
  const queries = (process.env.BENCH_QUERIES ?? '复议,行政复议 2021').split(',');
  for (const c of await coldQueryCost(server.url, queries)) {
    console.log(
      `cold query “${c.query}”: ${(c.totalBytes / 1024).toFixed(1)} KiB in ${c.requests} requests, of which search ${(c.searchBytes / 1024).toFixed(1)} KiB; ${c.results} results shown`,
    );
  }
} finally {
  await server.close();
}
