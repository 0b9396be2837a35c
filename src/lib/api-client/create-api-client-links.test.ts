import { http, HttpResponse } from 'msw';
import { buildApiPath } from '@/lib/api-client/resolve-api-link';
import {
  apiUrl,
  createTestClient,
  okBody,
  okSchema,
  PAGE_ORIGIN,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import rawExample from '@/lib/partner-center/fixtures/get-device-batches.nl.response.http?raw';
import { parseHttpResponseFixture } from '@/lib/partner-center/fixtures/parse-http-response-fixture';
import { deviceBatchCollectionSchema } from '@/lib/partner-center/device-batch-schema';

const seen = startApiTestServer();
const foreignHits: string[] = [];
const FOREIGN = 'https://evil.example';

beforeEach(() => {
  foreignHits.length = 0;
  server.use(
    http.get(`${FOREIGN}/*`, ({ request }) => {
      foreignHits.push(request.url);
      return HttpResponse.json(okBody);
    }),
  );
});

const devicesLink = (batchId: string) => ({
  uri: `/customers/c1/deviceBatches/${batchId}/devices`,
  method: 'GET',
  headers: [],
});

describe('createApiClient links', () => {
  it.each(['Why? batch', 'Test batch', '#1 & co', '100% + 5%20', 'Überbatch ✓', 'a\\b|c'])(
    'reaches the devices of batch %j through its devicesLink',
    async (batchId) => {
      const received: string[] = [];
      server.use(
        http.get(apiUrl('/v1/customers/c1/deviceBatches/:batchId/devices'), ({ request }) => {
          received.push(decodeURIComponent(new URL(request.url).pathname.split('/')[7] ?? ''));
          return HttpResponse.json(okBody);
        }),
      );
      const { client } = createTestClient();

      await client.get(devicesLink(batchId), okSchema, { pathOnlyLink: true });

      // An existing %20 is kept as sent, so the service reads it as a space.
      expect(received).toEqual([batchId.replace('%20', ' ')]);
    },
  );

  it('reaches a batch by buildApiPath whatever its id holds', async () => {
    const batchId = 'a/b?c#d%e f';
    server.use(
      http.get(apiUrl('/v1/customers/c1/deviceBatches/:batchId/devices'), () =>
        HttpResponse.json(okBody),
      ),
    );
    const { client } = createTestClient();

    await client.get(
      buildApiPath('customers', 'c1', 'deviceBatches', batchId, 'devices'),
      okSchema,
    );

    expect(seen.requests[0]?.url).toBe(
      apiUrl('/v1/customers/c1/deviceBatches/a%2Fb%3Fc%23d%25e%20f/devices'),
    );
  });

  it('follows an absolute link on the API origin', async () => {
    server.use(
      http.get('https://api.partnercenter.microsoft.com/v1/customers', () =>
        HttpResponse.json(okBody),
      ),
    );
    const { client } = createTestClient({ apiBase: 'https://api.partnercenter.microsoft.com' });

    await client.get('https://api.partnercenter.microsoft.com/v1/customers?size=40', okSchema);

    expect(seen.requests[0]?.url).toBe(
      'https://api.partnercenter.microsoft.com/v1/customers?size=40',
    );
  });

  it.each([
    ['an absolute foreign link', `${FOREIGN}/v1/customers`],
    ['a scheme-relative foreign link', '//evil.example/v1/customers'],
    ['a same-origin link outside the API base', `${PAGE_ORIGIN}/v1/customers`],
    ['a path climbing out of the API base', '/v1/../../../admin'],
    ['an encoded climb out of the API base', '/v1/%2e%2e/%2E%2E/admin'],
    ['a link with a malformed host', 'https://exa mple.com/v1/customers'],
  ])('refuses %s and sends nothing, so the token never leaves', async (_case, uri) => {
    const { client, getAccessToken } = createTestClient();

    await expect(client.get(uri, okSchema)).rejects.toMatchObject({ kind: 'foreign-link' });

    expect(seen.requests).toHaveLength(0);
    expect(foreignHits).toHaveLength(0);
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('refuses to follow a redirect, so the token does not travel with it', async () => {
    server.use(
      http.get(apiUrl('/v1/customers'), () =>
        HttpResponse.json(null, { status: 302, headers: { Location: `${FOREIGN}/steal` } }),
      ),
    );
    const { client } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).rejects.toMatchObject({
      kind: 'foreign-link',
      url: `${FOREIGN}/steal`,
    });
    expect(foreignHits).toHaveLength(0);
    expect(seen.requests).toHaveLength(1);
  });

  it("reads the docs' example response, with its ids", async () => {
    const example = parseHttpResponseFixture(rawExample);
    server.use(
      http.get(apiUrl('/v1/customers/:customerId/deviceBatches'), () =>
        HttpResponse.text(example.body, { status: example.status, headers: example.headers }),
      ),
    );
    const { client } = createTestClient();

    const response = await client.request(
      buildApiPath('customers', '47021739-3426-40bf-9601-61b4b6d7c793', 'deviceBatches'),
      deviceBatchCollectionSchema,
    );

    expect(response.data.items[0]?.id).toBe('Test batch');
    expect(response.requestId).toBe('7b3e2e00-b330-4480-9d84-59ace713427f');
    expect(response.correlationId).toBe('4a5002a2-0c1b-4e57-b491-dbcf19c0e7b8');
  });

  it('reads a body that starts with a byte order mark', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(okBody)}`);
    server.use(
      http.get(
        apiUrl('/v1/customers'),
        () =>
          new HttpResponse(bytes, {
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
          }),
      ),
    );
    const { client } = createTestClient();

    await expect(client.get('/v1/customers', okSchema)).resolves.toEqual(okBody);
  });

  it('strips a byte order mark left in the text by the fetch it was given', async () => {
    const response = new Response('ignored');
    Object.defineProperty(response, 'text', { value: () => Promise.resolve(`\uFEFF{"ok":true}`) });
    const { client } = createTestClient({ fetch: () => Promise.resolve(response) });

    await expect(client.get('/v1/customers', okSchema)).resolves.toEqual(okBody);
  });
});
