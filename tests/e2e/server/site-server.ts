import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One served page: the body and its content type. */
export interface ServedPage {
  body: string;
  contentType: string;
}

/** Finds the page for a site (first label of the Host header) and a URL path, or null (404). */
export type PageResolver = (site: string, path: string) => Promise<ServedPage | null>;

/** A running sample-site server. */
export interface SiteServer {
  port: number;
  /** `http://<site>.localhost:<port>` */
  origin(site: string): string;
  close(): Promise<void>;
}

/**
 * Serves several "outlets" from one loopback port, told apart by the Host header, so
 * `outlet-a.localhost` and `outlet-b.localhost` look like two sites to the browser.
 * `%ORIGIN%` in a page becomes the request's origin so canonical URLs carry the random port.
 */
export async function startSiteServer(resolve: PageResolver): Promise<SiteServer> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').toLowerCase();
    const site = host.split('.')[0] ?? '';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    resolve(site, path).then(
      (page) => {
        if (!page) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end(`no page ${path} on ${host}`);
          return;
        }
        const body = page.body.replaceAll('%ORIGIN%', `http://${host}`);
        res.writeHead(200, { 'content-type': page.contentType, 'cache-control': 'no-store' });
        res.end(body);
      },
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: (site) => `http://${site}.localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so parallel runs never collide.
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
