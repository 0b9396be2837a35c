import { http, HttpResponse } from 'msw';
import { fetchAllPages, type FetchedPage, type PageCursor } from '@/lib/api-client/fetch-all-pages';
import {
  apiUrl,
  createTestClient,
  server,
  startApiTestServer,
} from '@/lib/api-client/testing/api-test-server';
import { customerCollectionSchema } from '@/lib/partner-center/customer-schema';
import { deviceCollectionSchema, type DeviceCollection } from '@/lib/partner-center/device-schema';

const seen = startApiTestServer();
const DEVICES = apiUrl('/v1/customers/c1/deviceBatches/:batchId/devices');
const devicesLink = {
  uri: '/customers/c1/deviceBatches/Why? batch/devices',
  method: 'GET',
  headers: [],
};
const start: PageCursor = { target: devicesLink, pathOnlyLink: true };

function devicePage(ids: string[], continuationToken?: string): DeviceCollection {
  return {
    totalCount: ids.length,
    items: ids.map((id) => ({ id })),
    links: {},
    attributes: { objectType: 'Collection' },
    ...(continuationToken ? { continuationToken } : {}),
  };
}

/** Devices in three pages; the token names the page it leads to. */
function serveDevices(pages: Record<string, () => Response>) {
  server.use(
    http.get(DEVICES, ({ request }) => {
      const respond = pages[request.headers.get('MS-ContinuationToken') ?? 'first'];
      return respond
        ? respond()
        : HttpResponse.json({ code: 1000, description: 'No' }, { status: 404 });
    }),
  );
}

async function collect<Page>(
  pages: AsyncIterable<FetchedPage<Page>>,
): Promise<FetchedPage<Page>[]> {
  const result: FetchedPage<Page>[] = [];
  for await (const page of pages) result.push(page);
  return result;
}

describe('fetchAllPages', () => {
  it('re-requests the devicesLink with each continuation token, yielding as it goes', async () => {
    serveDevices({
      first: () => HttpResponse.json(devicePage(['d1', 'd2'], 'p2')),
      p2: () => HttpResponse.json(devicePage(['d3', 'd4'], 'p3')),
      p3: () => HttpResponse.json(devicePage(['d5'])),
    });
    const { client } = createTestClient();

    const pages = await collect(fetchAllPages(client, start, deviceCollectionSchema));

    expect(pages.map((p) => p.loadedCount)).toEqual([2, 4, 5]);
    expect(pages.map((p) => p.next?.continuationToken)).toEqual(['p2', 'p3', undefined]);
    expect(seen.requests.map((r) => new URL(r.url).pathname.split('/')[7])).toEqual([
      'Why%3F%20batch',
      'Why%3F%20batch',
      'Why%3F%20batch',
    ]);
  });

  it('follows links.next with its headers', async () => {
    const customer = (id: string) => ({
      id,
      companyProfile: { tenantId: id, domain: `${id}.example`, companyName: id },
    });
    const next = (token: string) => ({
      uri: '/v1/customers?size=1&seekOperation=Next',
      method: 'GET',
      headers: [{ key: 'MS-ContinuationToken', value: token }],
    });
    const page = (id: string, token?: string) => ({
      totalCount: 1,
      items: [customer(id)],
      links: token ? { next: next(token) } : {},
      continuationToken: token,
      attributes: { objectType: 'Collection' },
    });
    server.use(
      http.get(apiUrl('/v1/customers'), ({ request }) => {
        const token = request.headers.get('MS-ContinuationToken');
        return HttpResponse.json(
          token === null ? page('a', 't1') : token === 't1' ? page('b', 't2') : page('c'),
        );
      }),
    );
    const { client } = createTestClient();

    const pages = await collect(
      fetchAllPages(client, { target: '/v1/customers?size=1' }, customerCollectionSchema),
    );

    expect(pages.flatMap((p) => p.page.items.map((c) => c.id))).toEqual(['a', 'b', 'c']);
    expect(seen.requests.map((r) => new URL(r.url).search)).toEqual([
      '?size=1',
      '?size=1&seekOperation=Next',
      '?size=1&seekOperation=Next',
    ]);
  });

  it('resumes from the last cursor after a failed page, keeping the count', async () => {
    let secondPageFails = true;
    serveDevices({
      first: () => HttpResponse.json(devicePage(['d1', 'd2'], 'p2')),
      p2: () =>
        secondPageFails
          ? HttpResponse.json({ code: 2032, description: 'Access denied' }, { status: 403 })
          : HttpResponse.json(devicePage(['d3'])),
    });
    const { client } = createTestClient();
    const loaded: FetchedPage<DeviceCollection>[] = [];

    await expect(async () => {
      for await (const page of fetchAllPages(client, start, deviceCollectionSchema))
        loaded.push(page);
    }).rejects.toMatchObject({ kind: 'http', status: 403 });
    expect(loaded).toHaveLength(1);

    secondPageFails = false;
    const last = loaded[0];
    if (!last?.next) throw new Error('expected a cursor to resume from');
    const rest = await collect(
      fetchAllPages(client, last.next, deviceCollectionSchema, { loadedCount: last.loadedCount }),
    );

    expect(rest.map((p) => [p.page.items.map((d) => d.id), p.loadedCount])).toEqual([[['d3'], 3]]);
    expect(seen.requests.map((r) => r.headers.get('MS-ContinuationToken'))).toEqual([
      null,
      'p2',
      'p2',
    ]);
  });

  it('stops with a typed error when the service repeats a token', async () => {
    serveDevices({
      first: () => HttpResponse.json(devicePage(['d1'], 'p2')),
      p2: () =>
        HttpResponse.json(devicePage(['d2'], 'p2'), { headers: { 'MS-RequestId': 'looping' } }),
    });
    const { client } = createTestClient();

    await expect(
      collect(fetchAllPages(client, start, deviceCollectionSchema)),
    ).rejects.toMatchObject({
      kind: 'invalid-response',
      requestId: 'looping',
      message: expect.stringContaining('repeated a continuation token') as unknown,
    });
    expect(seen.requests).toHaveLength(2);
  });

  it('stops when a next link points back at the page itself', async () => {
    const self = { uri: '/v1/customers', method: 'GET', headers: [] };
    server.use(
      http.get(apiUrl('/v1/customers'), () =>
        HttpResponse.json({ totalCount: 0, items: [], links: { next: self }, attributes: {} }),
      ),
    );
    const { client } = createTestClient();

    await expect(
      collect(fetchAllPages(client, { target: self }, customerCollectionSchema)),
    ).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });
});
