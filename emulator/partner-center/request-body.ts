/**
 * Reads a request's body (an `IncomingMessage`, or any stream of chunks) as UTF-8, or `undefined`
 * when it is longer than `maxBytes`. A body over the limit is still read to its end (and dropped),
 * so the connection stays usable for the answer that refuses it.
 */
export async function readRequestBody(
  message: AsyncIterable<unknown>,
  maxBytes: number,
): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= maxBytes) chunks.push(buffer);
  }
  return size > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8');
}
