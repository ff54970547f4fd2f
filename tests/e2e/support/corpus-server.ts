import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { corpusDir } from './paths';

export interface CorpusServer {
  /** Address of a corpus file, e.g. `url('deep-review-2021-12-28.html')`. */
  url(file: string): string;
  close(): Promise<void>;
}

/** Serves the shared corpus on 127.0.0.1 at a free port. */
export async function serveCorpus(): Promise<CorpusServer> {
  const files = sirv(corpusDir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => files(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (file) => `http://127.0.0.1:${port}/${file}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
