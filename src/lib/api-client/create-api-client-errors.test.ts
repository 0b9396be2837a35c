import { delay, http, HttpResponse } from 'msw';
import { isPartnerCenterError, type PartnerCenterError } from '@/lib/api-client/api-error';
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
const serviceIds = { 'MS-RequestId': 'service-request', 'MS-CorrelationId': 'service-correlation' };

async function failure(promise: Promise<unknown>): Promise<PartnerCenterError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isPartnerCenterError(error))
    throw new Error(`Expected a PartnerCenterError, got ${String(error)}`);
  return error;
}

describe('createApiClient failures', () => {
  it('reads the API error body, with the ids from the response', async () => {
    const body = { code: 60003, description: 'Tenant not found', data: [], source: 'PartnerFD' };
    server.use(
      http.get(CUSTOMERS, () => HttpResponse.json(body, { status: 404, headers: serviceIds })),
    );
    const { client } = createTestClient();

    const error = await failure(client.get('/v1/customers', okSchema));

    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      code: 60003,
      description: 'Tenant not found',
    });
    expect(error).toMatchObject({
      requestId: 'service-request',
      correlationId: 'service-correlation',
    });
    expect(error.url).toBe(CUSTOMERS);
    expect(error.method).toBe('GET');
    expect(error.message).toBe('Partner Center answered HTTP 404 (error 60003): Tenant not found');
    expect(error.url).not.toContain('token');
  });

  it('reads the gateway error body', async () => {
    const body = { statusCode: 404, message: 'Resource not found' };
    server.use(http.get(CUSTOMERS, () => HttpResponse.json(body, { status: 404 })));
    const { client } = createTestClient();

    const error = await failure(client.get('/v1/customers', okSchema));

    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      code: undefined,
      description: 'Resource not found',
    });
    expect(error.requestId).toBe(seen.requests[0]?.headers.get('MS-RequestId'));
  });

  it('reports an error status whose body is not JSON', async () => {
    server.use(
      http.get(CUSTOMERS, () =>
        HttpResponse.text('<html>', { status: 400, statusText: 'Bad Request' }),
      ),
    );
    const { client } = createTestClient();

    const error = await failure(client.get('/v1/customers', okSchema));

    expect(error).toMatchObject({ kind: 'http', status: 400, description: 'Bad Request' });
  });

  it('reports a network failure after retrying it', async () => {
    server.use(http.get(CUSTOMERS, () => HttpResponse.error()));
    const { client, retries } = createTestClient();

    const error = await failure(client.get('/v1/customers', okSchema));

    expect(error.kind).toBe('network');
    // The last attempt's id: that is the request that failed for good.
    expect(error.requestId).toBe(seen.requests[3]?.headers.get('MS-RequestId'));
    expect(retries.map((r) => [r.reason, r.attempt])).toEqual([
      ['network', 1],
      ['network', 2],
      ['network', 3],
    ]);
    expect(seen.requests).toHaveLength(4);
  });

  it('times an attempt out and retries it like a network failure', async () => {
    let calls = 0;
    server.use(
      http.get(CUSTOMERS, async () => {
        if (++calls === 1) await delay('infinite');
        return HttpResponse.json(okBody);
      }),
    );
    const { client, retries } = createTestClient({ timeoutMs: 20 });

    await expect(client.get('/v1/customers', okSchema)).resolves.toEqual(okBody);
    expect(retries[0]?.reason).toBe('network');
  });

  it('reports a timeout once the retries are spent', async () => {
    server.use(http.get(CUSTOMERS, () => delay('infinite')));
    const { client } = createTestClient({ timeoutMs: 10, retry: { maxRetries: 1 } });

    const error = await failure(client.get('/v1/customers', okSchema));

    expect(error.kind).toBe('timeout');
    expect(seen.requests).toHaveLength(2);
  });

  it.each([
    ['a body of the wrong shape', HttpResponse.json({ ok: 'yes' }, { headers: serviceIds })],
    ['a body that is not JSON', HttpResponse.text('Service Unavailable', { headers: serviceIds })],
  ])('rejects %s as invalid-response, without retrying', async (_case, response) => {
    server.use(http.get(CUSTOMERS, () => response));
    const { client } = createTestClient();

    const error = await failure(client.get('/v1/customers', okSchema));

    expect(error).toMatchObject({ kind: 'invalid-response', requestId: 'service-request' });
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeDefined();
    expect(seen.requests).toHaveLength(1);
  });

  it('reports a cancelled request as aborted, without retrying', async () => {
    const controller = new AbortController();
    server.use(
      http.get(CUSTOMERS, async () => {
        controller.abort();
        await delay('infinite');
      }),
    );
    const { client, retries } = createTestClient();

    const error = await failure(
      client.get('/v1/customers', okSchema, { signal: controller.signal }),
    );

    expect(error.kind).toBe('aborted');
    expect(retries).toHaveLength(0);
  });

  it('cancels a retry wait when the caller aborts', async () => {
    const controller = new AbortController();
    server.use(http.get(CUSTOMERS, () => new HttpResponse(null, { status: 503 })));
    const { client } = createTestClient({
      sleep: undefined,
      retry: { baseDelayMs: 60_000 },
      onRetryScheduled: () => controller.abort(),
    });

    const error = await failure(
      client.get('/v1/customers', okSchema, { signal: controller.signal }),
    );

    expect(error.kind).toBe('aborted');
    expect(seen.requests).toHaveLength(1);
  });

  it('does not send a request that is already cancelled', async () => {
    const { client, getAccessToken } = createTestClient();

    const error = await failure(
      client.get('/v1/customers', okSchema, { signal: AbortSignal.abort() }),
    );

    expect(error.kind).toBe('aborted');
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(seen.requests).toHaveLength(0);
  });

  it('passes token source errors through untouched', async () => {
    const signInNeeded = new Error('interaction_required');
    const { client } = createTestClient({ getAccessToken: () => Promise.reject(signInNeeded) });

    await expect(client.get('/v1/customers', okSchema)).rejects.toBe(signInNeeded);
    expect(seen.requests).toHaveLength(0);
  });
});
