import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { isPartnerCenterError } from '@/lib/api-client/api-error';
import {
  apiUrl,
  createTestClient,
  okBody,
  okSchema,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';

const seen = startApiTestServer();
const BATCHES = apiUrl('/v1/customers/c1/deviceBatches');
const LOCATION = '/customers/c1/batchJobStatus/t1';
const serviceIds = { 'MS-RequestId': 'service-request', 'MS-CorrelationId': 'service-correlation' };
const upload = { batchId: 'Test batch', devices: [{ hardwareHash: 'T0Fi', serialNumber: 'S1' }] };

describe('createApiClient send', () => {
  it('POSTs a JSON body and returns the 202 with its Location, ids and URL', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(BATCHES, async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, {
          status: 202,
          headers: { Location: LOCATION, ...serviceIds },
        });
      }),
    );
    const { client } = createTestClient();

    const response = await client.send('POST', '/v1/customers/c1/deviceBatches', { body: upload });

    expect(response).toMatchObject({
      status: 202,
      location: LOCATION,
      url: BATCHES,
      requestId: 'service-request',
      correlationId: 'service-correlation',
      data: undefined,
    });
    expect(response.headers.get('Location')).toBe(LOCATION);
    expect(bodies).toEqual([upload]);
    const sent = seen.requests[0];
    expect(sent?.method).toBe('POST');
    expect(sent?.headers.get('Content-Type')).toBe('application/json');
    expect(sent?.headers.get('Authorization')).toBe('Bearer cached-token');
    expect(sent?.headers.get('Accept')).toBe('application/json');
    expect(sent?.headers.get('MS-CorrelationId')).toBe(client.correlationId);
  });

  it('does not let a caller header replace the body type', async () => {
    server.use(http.post(BATCHES, () => new HttpResponse(null, { status: 202 })));
    const { client } = createTestClient();

    await client.send('POST', '/v1/customers/c1/deviceBatches', {
      body: upload,
      headers: { 'Content-Type': 'text/plain' },
    });

    expect(seen.requests[0]?.headers.get('Content-Type')).toBe('application/json');
  });

  it.each([201, 202, 204])(
    'accepts an empty %i without parsing it, schema or not',
    async (status) => {
      server.use(http.post(BATCHES, () => new HttpResponse(null, { status })));
      const { client } = createTestClient();

      const response = await client.send('POST', '/v1/customers/c1/deviceBatches', {
        body: upload,
        schema: okSchema,
      });

      expect(response.status).toBe(status);
      expect(response.data).toBeUndefined();
      expect(response.location).toBeUndefined();
    },
  );

  it('DELETEs without a body or Content-Type and reads the 204', async () => {
    const path = '/v1/customers/c1/deviceBatches/Test%20batch/devices/d1';
    server.use(http.delete(apiUrl(path), () => new HttpResponse(null, { status: 204 })));
    const { client } = createTestClient();

    const response = await client.send('DELETE', path);

    expect(response.status).toBe(204);
    expect(seen.requests[0]?.method).toBe('DELETE');
    expect(seen.requests[0]?.headers.get('Content-Type')).toBeNull();
  });

  it('validates a body that comes back, e.g. the policy a PUT returns', async () => {
    const policySchema = z.object({ id: z.string(), name: z.string() });
    const path = '/v1/customers/c1/policies/p1';
    server.use(
      http.put(apiUrl(path), async ({ request }) => {
        const sent = z.object({ name: z.string() }).parse(await request.json());
        return HttpResponse.json({ id: 'p1', name: sent.name });
      }),
    );
    const { client } = createTestClient();

    const response = await client.send('PUT', path, {
      body: { name: 'Kiosk' },
      schema: policySchema,
    });

    expect(response.status).toBe(200);
    expect(response.data).toEqual({ id: 'p1', name: 'Kiosk' });
  });

  it('sends a PATCH with its body', async () => {
    const path = '/v1/customers/c1/DevicePolicyUpdates';
    const update = { devices: [{ id: 'd1', policies: [{ key: 'o_o_b_e', value: 'p1' }] }] };
    const bodies: unknown[] = [];
    server.use(
      http.patch(apiUrl(path), async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 202, headers: { Location: LOCATION } });
      }),
    );
    const { client } = createTestClient();

    const response = await client.send('PATCH', path, { body: update });

    expect(response.location).toBe(LOCATION);
    expect(bodies).toEqual([update]);
  });

  it.each([
    ['a 200 that should carry the resource but is empty', 200, () => new HttpResponse(null)],
    [
      'a 201 whose body has another shape',
      201,
      () => HttpResponse.json({ ok: 'yes' }, { status: 201 }),
    ],
  ])('rejects %s as invalid-response, with its status', async (_case, status, answer) => {
    server.use(http.post(BATCHES, answer));
    const { client } = createTestClient();

    const error: unknown = await client
      .send('POST', '/v1/customers/c1/deviceBatches', { body: upload, schema: okSchema })
      .catch((e: unknown) => e);

    expect(isPartnerCenterError(error, 'invalid-response')).toBe(true);
    // The write was accepted: the status says so, and nothing was sent again.
    expect(error).toMatchObject({ method: 'POST', url: BATCHES, status });
    expect(seen.requests).toHaveLength(1);
  });

  it('reports the method of a refused write', async () => {
    server.use(
      http.post(BATCHES, () =>
        HttpResponse.json({ code: 3000, description: 'Invalid property' }, { status: 400 }),
      ),
    );
    const { client } = createTestClient();

    await expect(
      client.send('POST', '/v1/customers/c1/deviceBatches', { body: upload }),
    ).rejects.toMatchObject({ kind: 'http', status: 400, code: 3000, method: 'POST' });
  });

  it('refuses a foreign target before fetching a token, naming the method', async () => {
    const { client, getAccessToken } = createTestClient();

    await expect(
      client.send('POST', 'https://evil.example/v1/customers', { body: upload }),
    ).rejects.toMatchObject({ kind: 'foreign-link', method: 'POST' });
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(seen.requests).toHaveLength(0);
  });

  it('refuses a GET with a body instead of sending it', async () => {
    const { client } = createTestClient();

    await expect(client.send('GET', '/v1/customers', { body: {} })).rejects.toThrow(TypeError);
    expect(seen.requests).toHaveLength(0);
  });

  it('GETs through send as get does', async () => {
    server.use(http.get(apiUrl('/v1/customers'), () => HttpResponse.json(okBody)));
    const { client } = createTestClient();

    const response = await client.send('GET', '/v1/customers', { schema: okSchema });

    expect(response.data).toEqual(okBody);
    expect(seen.requests[0]?.headers.get('Content-Type')).toBeNull();
  });
});
