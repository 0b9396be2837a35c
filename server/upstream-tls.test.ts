import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './test-support/fake-upstream.js';
import { bearer, request } from './test-support/http-client.js';
import { createSelfSignedCertificate } from './test-support/self-signed-certificate.js';
import { startTestServer } from './test-support/start-test-server.js';
import { createTempDist, type TempDist } from './test-support/temp-dist.js';

let dist: TempDist;
let upstream: FakeUpstream;

beforeAll(async () => {
  dist = await createTempDist();
  upstream = await startFakeUpstream({ tls: await createSelfSignedCertificate() });
});
afterAll(async () => {
  await upstream.close();
  await dist.cleanup();
});

describe('an HTTPS upstream', () => {
  // @fastify/reply-from turns certificate checks off unless told otherwise: the token would go to
  // whoever answers for the API's name.
  it('is refused when its certificate is not trusted: the token never leaves', async () => {
    const server = await startTestServer({
      distDir: dist.distDir,
      upstreamOrigin: upstream.origin,
    });
    try {
      const res = await request(server.url, '/api/partner-center/v1/customers', {
        headers: bearer,
      });
      expect(res.status).toBe(502);
      expect(upstream.received).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
