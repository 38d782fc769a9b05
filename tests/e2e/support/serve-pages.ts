/**
 * A static server on 127.0.0.1 (random port) for the real-browser tests. It serves the repo's
 * sample page and the e2e pages; tests may register extra routes. Nothing leaves the machine.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Folders (relative to the repo) that the server may read from. */
const ROOTS = ['sample', 'tests/e2e/pages', 'tests/detect/fixtures', 'tests/extract/fixtures'];

export interface PageServer {
  origin: string;
  /** Every path (with its query) requested so far, in order. */
  requested: string[];
  route(pathname: string, body: string, type?: string): void;
  close(): Promise<void>;
}

/** `host` may be another loopback address, for a site the extension has no permission for. */
export async function servePages(host = '127.0.0.1'): Promise<PageServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const requested: string[] = [];
  const server = http.createServer((request, response) => {
    requested.push(request.url ?? '/');
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const routed = routes.get(pathname);
    if (routed) {
      response.writeHead(200, { 'content-type': routed.type });
      response.end(routed.body);
      return;
    }
    const relative = path.normalize(pathname).replace(/^\/+/, '');
    if (!ROOTS.some((allowed) => relative.startsWith(`${allowed}/`))) {
      response.writeHead(404).end('not found');
      return;
    }
    readFile(path.join(repoRoot, relative)).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[path.extname(relative)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requested,
    route(pathname, body, type = 'text/html; charset=utf-8') {
      routes.set(pathname, { body, type });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
