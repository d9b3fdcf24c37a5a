import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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

export interface FixtureServer {
  origin: string;
  /** Paths requested so far, in order (lets tests prove what was or was not fetched). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 at a free port. */
export async function startFixtureServer(root = FIXTURES_ROOT): Promise<FixtureServer> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Open keep-alive connections would keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
