import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_ROOT = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  // A PDF at a URL that does not end in .pdf, as servers often send them.
  '.pdfdata': 'application/pdf',
};

export interface LoggedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FixtureServer {
  origin: string;
  /** Paths requested so far, in order (lets tests prove what was or was not fetched). */
  requests: string[];
  /** The same requests with their headers (lets tests prove what a request carried: cookies, referrer). */
  log: LoggedRequest[];
  /**
   * Makes requests for `path` wait until the returned function is called, then answers them as usual: a test
   * can look at a view while a request is still on its way, ordered by events instead of by time.
   */
  hold(path: string): () => void;
  close(): Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 at a free port. */
export async function startFixtureServer(root = FIXTURES_ROOT): Promise<FixtureServer> {
  const requests: string[] = [];
  const log: LoggedRequest[] = [];
  const held = new Map<string, (() => void)[]>();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    log.push({ path, headers: { ...req.headers } });
    const waiting = held.get(path);
    if (waiting) waiting.push(() => answer(path, res));
    else answer(path, res);
  });

  function answer(path: string, res: ServerResponse): void {
    if (path.startsWith('/pwned')) {
      // What a hostile page's payload would fetch or navigate to: logged above, answered with no content so a
      // navigation leaves the page where it was (the meta-refresh page's own timer may fire before a slow machine
      // has opened the popup, and the popup must still find the article there).
      res.writeHead(204).end();
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root)) && file + sep !== normalize(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html') {
      // Pages that must name the server (the hostile corpus) say {{ORIGIN}}.
      res.writeHead(200, { 'content-type': type }).end(readFileSync(file, 'utf8').replaceAll('{{ORIGIN}}', origin));
      return;
    }
    // Images may be read across origins, as most image CDNs allow (the reader's "embed images" export needs it).
    res.writeHead(200, type.startsWith('image/') ? { 'content-type': type, 'access-control-allow-origin': '*' } : { 'content-type': type });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    log,
    hold(path) {
      held.set(path, []);
      return () => {
        const waiting = held.get(path) ?? [];
        held.delete(path);
        for (const go of waiting) go();
      };
    },
    close: () =>
      new Promise((resolve) => {
        // Open keep-alive connections would keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
