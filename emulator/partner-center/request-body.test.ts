import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRequestBody } from './request-body';

const message = (chunks: readonly string[]): Readable =>
  Readable.from(chunks.map((chunk) => Buffer.from(chunk)));

describe('readRequestBody', () => {
  it('joins the chunks as UTF-8, multi-byte characters across chunk borders included', async () => {
    const bytes = Buffer.from('{"batchId":"Ölçü"}');
    const stream = Readable.from([bytes.subarray(0, 14), bytes.subarray(14)]);
    expect(await readRequestBody(stream, 100)).toBe('{"batchId":"Ölçü"}');
  });

  it('reads an empty body as the empty string', async () => {
    expect(await readRequestBody(message([]), 100)).toBe('');
  });

  it('gives undefined over the limit, having read the body to its end', async () => {
    const stream = message(['12345', '67890', 'x']);
    expect(await readRequestBody(stream, 10)).toBeUndefined();
    expect(stream.readableEnded).toBe(true);
    expect(await readRequestBody(message(['12345', '67890']), 10)).toBe('1234567890');
  });
});
