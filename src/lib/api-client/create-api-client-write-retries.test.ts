import { delay, http, HttpResponse } from 'msw';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import type { HttpMethod } from '@/lib/api-client/http-method';
import { isOutcomeUnknown, type OutcomeUnknownError } from '@/lib/api-client/outcome-unknown-error';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';

const seen = startApiTestServer();
const PATH = '/v1/customers/c1/deviceBatches';
const URL_SENT = apiUrl(PATH);
const body = { batchId: 'Test batch', devices: [{ hardwareHash: 'T0Fi' }] };
const accepted = () =>
  new HttpResponse(null, {
    status: 202,
    headers: { Location: '/customers/c1/batchJobStatus/t1' },
  });
const unauthorized = () =>
  HttpResponse.json({ code: 800001, description: 'Partner token missing' }, { status: 401 });
const throttled = () =>
  HttpResponse.json(
    { statusCode: 429, message: 'Rate limit is exceeded. Try again in 5 seconds.' },
    { status: 429, headers: { 'Retry-After': '5' } },
  );

/** Answers every method on PATH with each response in turn, then keeps answering with the last. */
function answerInTurn(...responses: (() => Response | Promise<Response>)[]) {
  let call = 0;
  server.use(
    http.all(URL_SENT, () => {
      const respond = responses[Math.min(call++, responses.length - 1)];
      if (!respond) throw new Error('No response given');
      return respond();
    }),
  );
}

async function outcomeUnknown(promise: Promise<unknown>): Promise<OutcomeUnknownError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isOutcomeUnknown(error))
    throw new Error(`Expected an OutcomeUnknownError, got ${String(error)}`);
  return error;
}

const hangForever = async (): Promise<Response> => {
  await delay('infinite');
  return accepted();
};

describe.each<HttpMethod>(['POST', 'PATCH'])('createApiClient never sends a %s twice', (method) => {
  it.each([
    ['times out', hangForever, 'timeout'],
    ['loses its connection', () => HttpResponse.error(), 'network'],
    ['gets a 500', () => new HttpResponse(null, { status: 500 }), 'server-error'],
    [
      'gets a 503 with an API error body',
      () => HttpResponse.json({ code: 800003, description: 'Unexpected error' }, { status: 503 }),
      'server-error',
    ],
    ['gets a 504 from a gateway', () => new HttpResponse(null, { status: 504 }), 'server-error'],
  ] as const)(
    'when it %s, and says the outcome is unknown, with the ids and URL',
    async (_case, answer, reason) => {
      answerInTurn(answer, accepted);
      const { client, retries, sleep } = createTestClient({ timeoutMs: 20 });

      const error = await outcomeUnknown(client.send(method, PATH, { body }));

      expect(seen.requests).toHaveLength(1);
      expect(retries).toHaveLength(0);
      expect(sleep).not.toHaveBeenCalled();
      expect(error.reason).toBe(reason);
      expect(error).toMatchObject({
        method,
        url: URL_SENT,
        requestId: seen.requests[0]?.headers.get('MS-RequestId'),
        correlationId: client.correlationId,
      });
      expect(error.message).toMatch(/outcome .* unknown/i);
      expect(isPartnerCenterError(error.cause)).toBe(true);
    },
  );

  it('keeps the status and error body of a 5xx on the error', async () => {
    answerInTurn(() =>
      HttpResponse.json({ code: 800003, description: 'Unexpected error' }, { status: 500 }),
    );
    const { client } = createTestClient();

    const error = await outcomeUnknown(client.send(method, PATH, { body }));

    expect(error).toMatchObject({ kind: 'http', status: 500, code: 800003 });
  });

  it('reports a 429 as a plain error with its Retry-After, without waiting or resending', async () => {
    answerInTurn(throttled, accepted);
    const { client, retries, sleep } = createTestClient();

    const error: unknown = await client.send(method, PATH, { body }).catch((e: unknown) => e);

    expect(isOutcomeUnknown(error)).toBe(false);
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 5, method });
    expect(seen.requests).toHaveLength(1);
    expect(retries).toHaveLength(0);
    expect(sleep).not.toHaveBeenCalled();
  });

  it.each([400, 403, 409, 501])('reports a %i as a plain error, sent once', async (status) => {
    answerInTurn(() => HttpResponse.json({ code: 1000, description: 'No' }, { status }));
    const { client } = createTestClient();

    const error: unknown = await client.send(method, PATH, { body }).catch((e: unknown) => e);

    expect(isOutcomeUnknown(error)).toBe(false);
    expect(error).toMatchObject({ kind: 'http', status });
    expect(seen.requests).toHaveLength(1);
  });

  it('resends once with a fresh token after a 401: the API refused the token before acting', async () => {
    const bodies: unknown[] = [];
    let call = 0;
    server.use(
      http.all(URL_SENT, async ({ request }) => {
        bodies.push(await request.json());
        return ++call === 1 ? unauthorized() : accepted();
      }),
    );
    const { client, getAccessToken } = createTestClient();

    const response = await client.send(method, PATH, { body });

    expect(response.status).toBe(202);
    expect(getAccessToken.mock.calls).toEqual([
      [{ forceRefresh: false }],
      [{ forceRefresh: true }],
    ]);
    expect(seen.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer cached-token',
      'Bearer refreshed-token',
    ]);
    expect(bodies).toEqual([body, body]);
    expect(seen.requests[1]?.headers.get('MS-RequestId')).not.toBe(
      seen.requests[0]?.headers.get('MS-RequestId'),
    );
  });

  it('throws the second 401 as it is, with nothing registered', async () => {
    answerInTurn(unauthorized);
    const { client } = createTestClient();

    const error: unknown = await client.send(method, PATH, { body }).catch((e: unknown) => e);

    expect(isOutcomeUnknown(error)).toBe(false);
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    expect(seen.requests).toHaveLength(2);
  });

  it('says the outcome is unknown when the resend after a 401 times out', async () => {
    answerInTurn(unauthorized, hangForever);
    const { client } = createTestClient({ timeoutMs: 20 });

    const error = await outcomeUnknown(client.send(method, PATH, { body }));

    expect(error.reason).toBe('timeout');
    expect(error.requestId).toBe(seen.requests[1]?.headers.get('MS-RequestId'));
    expect(seen.requests).toHaveLength(2);
  });

  it('says the outcome is unknown when the caller cancels it under way', async () => {
    const controller = new AbortController();
    answerInTurn(async () => {
      controller.abort();
      return hangForever();
    });
    const { client } = createTestClient();

    const error = await outcomeUnknown(
      client.send(method, PATH, { body, signal: controller.signal }),
    );

    expect(error).toMatchObject({ kind: 'aborted', reason: 'aborted' });
    expect(seen.requests).toHaveLength(1);
  });

  it('reports a cancel before sending as a plain abort: nothing left', async () => {
    const { client, getAccessToken } = createTestClient();

    const error: unknown = await client
      .send(method, PATH, { body, signal: AbortSignal.abort() })
      .catch((e: unknown) => e);

    expect(isPartnerCenterError(error, 'aborted')).toBe(true);
    expect(isOutcomeUnknown(error)).toBe(false);
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(seen.requests).toHaveLength(0);
  });
});

describe.each<HttpMethod>(['PUT', 'DELETE'])('createApiClient retries a %s', (method) => {
  it.each([
    ['a 503', () => new HttpResponse(null, { status: 503 }), 'server-error'],
    ['a 429', throttled, 'throttled'],
    ['a lost connection', () => HttpResponse.error(), 'network'],
  ] as const)('after %s, as it does a GET', async (_case, failure, reason) => {
    answerInTurn(failure, () => new HttpResponse(null, { status: 204 }));
    const { client, retries } = createTestClient();

    const response = await client.send(method, PATH, method === 'PUT' ? { body } : {});

    expect(response.status).toBe(204);
    expect(seen.requests.map((r) => r.method)).toEqual([method, method]);
    expect(retries.map((r) => r.reason)).toEqual([reason]);
  });

  it('throws a plain error once the retries are spent', async () => {
    answerInTurn(() => new HttpResponse(null, { status: 503 }));
    const { client } = createTestClient({ retry: { maxRetries: 2 } });

    const error: unknown = await client.send(method, PATH).catch((e: unknown) => e);

    expect(isOutcomeUnknown(error)).toBe(false);
    expect(error).toMatchObject({ kind: 'http', status: 503, method });
    expect(seen.requests).toHaveLength(3);
  });
});
