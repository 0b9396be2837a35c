import { http, HttpResponse } from 'msw';
import {
  apiUrl,
  createTestClient,
  okBody,
  okSchema,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';

const seen = startApiTestServer();
const CUSTOMERS = apiUrl('/v1/customers');
const unauthorized = () =>
  HttpResponse.json({ code: 800001, description: 'Partner token missing' }, { status: 401 });
const throttled = (retryAfter: string) =>
  HttpResponse.json(
    { statusCode: 429, message: `Rate limit is exceeded. Try again in ${retryAfter} seconds.` },
    { status: 429, headers: { 'Retry-After': retryAfter } },
  );

/** Answers with each response in turn, then keeps answering with the last one. */
function answerInTurn(first: () => Response, ...rest: (() => Response)[]) {
  const responses = [first, ...rest];
  let call = 0;
  server.use(
    http.get(CUSTOMERS, () => {
      const respond = responses[Math.min(call++, responses.length - 1)] ?? first;
      return respond();
    }),
  );
}

describe('createApiClient retries', () => {
  it('refreshes the token once after a 401 and retries with it', async () => {
    answerInTurn(unauthorized, () => HttpResponse.json(okBody));
    const { client, getAccessToken } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).resolves.toEqual(okBody);

    expect(getAccessToken.mock.calls).toEqual([
      [{ forceRefresh: false }],
      [{ forceRefresh: true }],
    ]);
    expect(seen.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer cached-token',
      'Bearer refreshed-token',
    ]);
    // A new attempt, so a new request id; the same user action, so the same correlation id.
    expect(seen.requests[1]?.headers.get('MS-RequestId')).not.toBe(
      seen.requests[0]?.headers.get('MS-RequestId'),
    );
    expect(seen.requests[1]?.headers.get('MS-CorrelationId')).toBe(
      seen.requests[0]?.headers.get('MS-CorrelationId'),
    );
  });

  it('throws the second 401 so the UI can start an interactive sign-in', async () => {
    answerInTurn(unauthorized);
    const { client, getAccessToken, retries } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).rejects.toMatchObject({
      kind: 'http',
      status: 401,
      code: 800001,
    });
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(seen.requests).toHaveLength(2);
    expect(retries).toHaveLength(0);
  });

  it('waits Retry-After on 429 and announces the wait', async () => {
    answerInTurn(
      () => throttled('7'),
      () => HttpResponse.json(okBody),
    );
    const { client, sleep, retries } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).resolves.toEqual(okBody);

    const requestId = seen.requests[0]?.headers.get('MS-RequestId');
    expect(retries).toEqual([{ reason: 'throttled', attempt: 1, delayMs: 7000, requestId }]);
    expect(sleep).toHaveBeenCalledWith(7000, undefined);
  });

  it('gives up on 429 after 3 retries', async () => {
    answerInTurn(() => throttled('1'));
    const { client, retries } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 1,
      description: 'Rate limit is exceeded. Try again in 1 seconds.',
    });
    expect(seen.requests).toHaveLength(4);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3]);
  });

  it('does not wait out a Retry-After beyond the cap', async () => {
    answerInTurn(() => throttled('600'));
    const { client, sleep } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 600,
    });
    expect(sleep).not.toHaveBeenCalled();
  });

  it('retries a 5xx with growing delays, then throws', async () => {
    answerInTurn(() => new HttpResponse(null, { status: 502, statusText: 'Bad Gateway' }));
    const { client, retries } = createTestClient({ retry: { baseDelayMs: 100, maxDelayMs: 1000 } });

    await expect(client.get('/v1/customers', okSchema)).rejects.toMatchObject({
      kind: 'http',
      status: 502,
    });
    expect(seen.requests).toHaveLength(4);
    expect(retries.map((r) => r.reason)).toEqual(['server-error', 'server-error', 'server-error']);
    retries.forEach((event, index) => {
      const step = 100 * 2 ** index;
      expect(event.delayMs).toBeGreaterThanOrEqual(step / 2);
      expect(event.delayMs).toBeLessThanOrEqual(step);
    });
  });

  it.each([400, 403, 404, 409, 501])('does not retry %i', async (status) => {
    answerInTurn(() => HttpResponse.json({ code: 1000, description: 'No' }, { status }));
    const { client, getAccessToken } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).rejects.toMatchObject({ status });
    expect(seen.requests).toHaveLength(1);
    expect(getAccessToken).toHaveBeenCalledTimes(1);
  });
});
