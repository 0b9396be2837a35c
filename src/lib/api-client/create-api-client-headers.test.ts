import { http, HttpResponse } from 'msw';
import {
  apiUrl,
  createTestClient,
  okBody,
  okSchema,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = startApiTestServer();

function header(index: number, name: string): string | null {
  return seen.requests[index]?.headers.get(name) ?? null;
}

describe('createApiClient request headers', () => {
  it('sends the token, Accept, both ids and the locale', async () => {
    server.use(http.get(apiUrl('/v1/customers'), () => HttpResponse.json(okBody)));
    const { client } = createTestClient({ getLocale: () => 'en-US' });

    await expect(client.get('/v1/customers', okSchema)).resolves.toEqual(okBody);

    expect(header(0, 'Authorization')).toBe('Bearer cached-token');
    expect(header(0, 'Accept')).toBe('application/json');
    expect(header(0, 'MS-RequestId')).toMatch(GUID);
    expect(header(0, 'MS-CorrelationId')).toBe(client.correlationId);
    expect(client.correlationId).toMatch(GUID);
    expect(header(0, 'X-Locale')).toBe('en-US');
  });

  it('sends a new request id with every attempt, retries included, and keeps the correlation id', async () => {
    let calls = 0;
    server.use(
      http.get(apiUrl('/v1/customers'), () =>
        ++calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(okBody),
      ),
    );
    const { client, retries } = createTestClient();

    await client.get('/v1/customers', okSchema);
    await client.get('/v1/customers', okSchema);

    expect(seen.requests).toHaveLength(3);
    const requestIds = seen.requests.map((r) => r.headers.get('MS-RequestId'));
    expect(requestIds.every((id) => GUID.test(id ?? ''))).toBe(true);
    expect(new Set(requestIds).size).toBe(3);
    // The retry notice names the attempt that failed.
    expect(retries[0]?.requestId).toBe(header(0, 'MS-RequestId'));
    expect(new Set(seen.requests.map((r) => r.headers.get('MS-CorrelationId'))).size).toBe(1);
  });

  it('reports the ids of the attempt that failed, not those of the first', async () => {
    server.use(http.get(apiUrl('/v1/customers'), () => new HttpResponse(null, { status: 503 })));
    const { client } = createTestClient();

    const error: unknown = await client.get('/v1/customers', okSchema).catch((e: unknown) => e);

    expect(seen.requests).toHaveLength(4);
    expect(error).toMatchObject({
      status: 503,
      requestId: header(3, 'MS-RequestId'),
      correlationId: client.correlationId,
    });
    expect(header(3, 'MS-RequestId')).not.toBe(header(0, 'MS-RequestId'));
  });

  it('uses a given correlation id and reads the locale per request', async () => {
    server.use(http.get(apiUrl('/v1/customers'), () => HttpResponse.json(okBody)));
    let locale = 'en-US';
    const { client } = createTestClient({ correlationId: 'session-1', getLocale: () => locale });

    await client.get('/v1/customers', okSchema);
    locale = 'nl-NL';
    await client.get('/v1/customers', okSchema);

    expect(header(0, 'MS-CorrelationId')).toBe('session-1');
    expect(header(1, 'MS-CorrelationId')).toBe('session-1');
    expect([header(0, 'X-Locale'), header(1, 'X-Locale')]).toEqual(['en-US', 'nl-NL']);
  });

  it("copies a link's headers, lets caller headers override them, and protects its own", async () => {
    server.use(http.get(apiUrl('/v1/customers'), () => HttpResponse.json(okBody)));
    const { client } = createTestClient();
    const link = {
      uri: '/v1/customers?size=40&seekOperation=Next',
      method: 'GET',
      headers: [
        { key: 'MS-ContinuationToken', value: 'from-link' },
        { key: 'X-Extra', value: 'kept' },
        { key: 'Authorization', value: 'Bearer stolen' },
        { key: 'MS-RequestId', value: 'forged' },
      ],
    };

    await client.get(link, okSchema, { headers: { 'MS-ContinuationToken': 'from-caller' } });

    expect(header(0, 'MS-ContinuationToken')).toBe('from-caller');
    expect(header(0, 'X-Extra')).toBe('kept');
    expect(header(0, 'Authorization')).toBe('Bearer cached-token');
    expect(header(0, 'MS-RequestId')).toMatch(GUID);
    expect(new URL(seen.requests[0]?.url ?? '').search).toBe('?size=40&seekOperation=Next');
  });

  it('exposes the absolute API base', () => {
    const { client } = createTestClient({ apiBase: 'https://api.partnercenter.microsoft.com/' });
    expect(client.apiBase).toBe('https://api.partnercenter.microsoft.com');
  });
});
