/** A stand-in for the Partner Center API that records what reaches it and answers as told. */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { createServer, type AddressInfo, type Socket } from 'node:net';

export type UpstreamHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeUpstream {
  readonly origin: string;
  readonly received: IncomingMessage[];
  answer(handler: UpstreamHandler): void;
  close(): Promise<void>;
}

/** `tls`: serve HTTPS with this certificate (a self-signed one, which the server must refuse). */
export async function startFakeUpstream(
  options: { tls?: { key: Buffer; cert: Buffer } } = {},
): Promise<FakeUpstream> {
  const received: IncomingMessage[] = [];
  let handler: UpstreamHandler = (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{}');
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    received.push(req);
    handler(req, res);
  };
  const server = options.tls
    ? https.createServer(options.tls, listener)
    : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    received,
    answer: (next) => {
      handler = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawUpstream {
  readonly origin: string;
  /** Requests received, as raw text (head and whatever body came with it). */
  readonly received: string[];
  close(): Promise<void>;
}

/**
 * An upstream that answers every request with exactly `answer`, bytes Node's own server would never
 * write (a status of 999, no status line at all), then closes the connection.
 */
export async function startRawUpstream(answer: string): Promise<RawUpstream> {
  const received: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk: Buffer) => {
      received.push(chunk.toString());
      socket.end(answer);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
