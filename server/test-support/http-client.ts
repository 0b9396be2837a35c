/** Test clients that send exactly what they are given: no path normalisation, no default headers. */
import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { connect } from 'node:net';

/** The forwarder refuses API calls without a bearer token; any token passes it. */
export const bearer = { authorization: 'Bearer test-token' } as const;

export interface TestResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly text: string;
}

export interface TestRequest {
  readonly method?: string;
  readonly headers?: OutgoingHttpHeaders;
  readonly body?: string | Buffer;
}

/** `path` goes on the request line as written (`/../x`, `//evil`, `%2e%2e` all survive). */
export function request(baseUrl: string, path: string, options: TestRequest = {}) {
  const url = new URL(baseUrl);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<TestResponse>((resolve, reject) => {
    const req = client.request(
      {
        hostname: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
        rejectUnauthorized: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text: body.toString(),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** True once `raw` holds a whole response: its head, and as many body bytes as it announced. */
function isComplete(raw: Buffer): boolean {
  const headEnd = raw.indexOf('\r\n\r\n');
  if (headEnd === -1) return false;
  const length = /\r\ncontent-length: *(\d+)/i.exec(raw.subarray(0, headEnd).toString())?.[1];
  return raw.length - headEnd - 4 >= Number(length ?? 0);
}

/**
 * Sends raw bytes (a request line Node's client would refuse) and returns the raw answer. The
 * socket is not half-closed after sending: Node's server drops a request whose client did that
 * before the answer is written, which a real browser never does.
 */
export function rawRequest(baseUrl: string, bytes: string): Promise<string> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(bytes));
    let raw = Buffer.alloc(0);
    const finish = () => {
      socket.destroy();
      resolve(raw.toString());
    };
    socket.on('data', (chunk: Buffer) => {
      raw = Buffer.concat([raw, chunk]);
      if (isComplete(raw)) finish();
    });
    socket.on('end', finish);
    socket.on('error', reject);
  });
}

/** The status and the lower-cased headers of a raw response. */
export function parseRawResponse(raw: string) {
  const [head = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers };
}
