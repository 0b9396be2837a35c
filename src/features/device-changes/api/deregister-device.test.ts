import { http, HttpResponse } from 'msw';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import { deregisterDevice } from './deregister-device';

const seen = startApiTestServer();
const customerId = 'c0ffee00-0000-4000-8000-000000000003';
const device = { customerId, batchId: 'R&D #3', deviceId: 'dev 1' };
const deviceUrl = apiUrl(`/v1/customers/${customerId}/deviceBatches/R%26D%20%233/devices/dev%201`);

describe('deregisterDevice', () => {
  it('sends DELETE to the device in its batch, the ids escaped', async () => {
    server.use(http.delete(deviceUrl, () => new HttpResponse(null, { status: 204 })));
    const { client } = createTestClient();
    expect(await deregisterDevice(client, device)).toBe('deregistered');
    expect(seen.requests.map((request) => [request.method, request.url])).toEqual([
      ['DELETE', deviceUrl],
    ]);
  });

  it('reads 404 as already gone, not as an error', async () => {
    server.use(
      http.delete(deviceUrl, () =>
        HttpResponse.json({ code: 1000, description: 'Device not found' }, { status: 404 }),
      ),
    );
    const { client } = createTestClient();
    expect(await deregisterDevice(client, device)).toBe('already-gone');
  });

  it('is retried by the client after a 429 or a 500, and fails with the ids when they go on', async () => {
    let answers = 0;
    server.use(
      http.delete(deviceUrl, () =>
        ++answers === 1
          ? HttpResponse.json({ statusCode: 429 }, { status: 429, headers: { 'Retry-After': '1' } })
          : new HttpResponse(null, { status: 204 }),
      ),
    );
    const { client } = createTestClient();
    expect(await deregisterDevice(client, device)).toBe('deregistered');
    expect(seen.requests).toHaveLength(2);

    server.use(
      http.delete(deviceUrl, () =>
        HttpResponse.json(
          { code: 800003, description: 'Unexpected service error' },
          { status: 500, headers: { 'MS-RequestId': 'req-500' } },
        ),
      ),
    );
    await expect(deregisterDevice(client, device)).rejects.toMatchObject({
      status: 500,
      requestId: 'req-500',
    });
    expect(seen.requests).toHaveLength(2 + 4); // the first attempt and the client's 3 retries
  });
});
