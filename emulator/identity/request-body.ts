/** Reads a small form body (the sign-in form, a token request) with a size limit. */
import type { IncomingMessage } from 'node:http';

const limitBytes = 64 * 1024;

/** Koa and the provider's own request code answer 413 for an error with this status. */
export class RequestBodyTooLargeError extends Error {
  readonly status = 413;
  readonly expose = true;

  constructor() {
    super(`request body over ${limitBytes} bytes`);
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limitBytes) throw new RequestBodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}
