// A tiny static file server for tests and benchmarks: serves a built site the way a plain static host
// would, on 127.0.0.1 only. `/x/` serves `/x/index.html`; a folder asked for without its slash is
// redirected to it; under a base path (`/nianbao/`) the prefix is stripped and anything outside it is
// a 404, answered with the site's 404.html when the build has one. A `_headers` file at the build's
// root (public/_headers: the security headers) is applied the way Netlify and Cloudflare Pages do,
// so that tests see the portal with the headers it is deployed with; the file itself is not served.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { type HeaderRule, headersFor, parseHeadersFile } from './headersFile.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.gz': 'application/gzip',
  '.sqlite': 'application/vnd.sqlite3',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The Content-Type a file is served with (Pagefind's `.pf_*` and `.pagefind` files are binary). */
export function contentTypeOf(path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext.startsWith('.pf_') || ext === '.pagefind') return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** The site's address: origin + base path, e.g. `http://127.0.0.1:41234/nianbao/` */
  url: string;
  basePath: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The folder to serve (a build's outDir). */
  root: string;
  /** Where the site lives below the origin: `/` (default) or e.g. `/nianbao/`. */
  basePath?: string;
}

async function fileAt(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const basePath = `/${(options.basePath ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  let rules: HeaderRule[] = [];
  try {
    rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  /** The `_headers` headers for a path below the base path (`/` for the home page). */
  const extra = (sitePath: string): Record<string, string> => Object.fromEntries(headersFor(rules, sitePath));

  const notFound = async (res: import('node:http').ServerResponse, head: boolean) => {
    let body: Buffer | string = 'Not Found\n';
    let type = 'text/plain; charset=utf-8';
    try {
      body = await readFile(join(root, '404.html'));
      type = TYPES['.html']!;
    } catch {
      /* no 404 page in this build */
    }
    res.writeHead(404, {
      ...extra('/404.html'),
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(head ? undefined : body);
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const head = method === 'HEAD';
      if (method !== 'GET' && !head) {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method Not Allowed\n');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Bad Request\n');
        return;
      }
      // The base path without its slash (`/nianbao`) is the site's home without the slash.
      if (basePath !== '/' && pathname === basePath.slice(0, -1)) {
        res.writeHead(301, { Location: basePath + url.search });
        res.end();
        return;
      }
      if (!pathname.startsWith(basePath) || pathname.includes('\0')) return notFound(res, head);
      const relative = pathname.slice(basePath.length);
      const target = resolve(root, `.${sep}${relative}`);
      if (target !== root && !target.startsWith(root + sep)) return notFound(res, head);
      if (relative === '_headers') return notFound(res, head);

      let file = target;
      const kind = await fileAt(target);
      if (kind === 'dir') {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          res.end();
          return;
        }
        file = join(target, 'index.html');
        if ((await fileAt(file)) !== 'file') return notFound(res, head);
      } else if (kind !== 'file' || pathname.endsWith('/')) {
        return notFound(res, head);
      }
      const { size } = await stat(file);
      res.writeHead(200, {
        ...extra(`/${relative}`),
        'Content-Type': contentTypeOf(file),
        'Content-Length': size,
        'Cache-Control': 'no-store',
      });
      if (head) {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    // Loopback only, on a free port the system picks.
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + basePath,
    basePath,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
