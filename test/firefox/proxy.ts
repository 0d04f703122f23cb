import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The only way out of the test Firefox: an HTTP proxy on 127.0.0.1 that answers every request
 * 403 and records it. Page requests are served or aborted over BiDi before they get here, so
 * whatever arrives came from somewhere BiDi does not see: the extension's background page, its
 * own pages' fetches, or Firefox itself.
 */
export interface Recorder {
  port: number;
  /** `GET http://host/path` for plain HTTP, `CONNECT host:443` for HTTPS and WebSockets. */
  seen: string[];
  close(): Promise<void>;
}

export function startRecorder(): Promise<Recorder> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        seen,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
