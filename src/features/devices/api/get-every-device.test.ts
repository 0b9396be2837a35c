import { QueryClient } from '@tanstack/react-query';
import { createTestClient, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { serveDevicePages, someDevices } from '../testing/device-pages';
import { devicesFirstPageQueryOptions } from './get-devices-first-page';
import { everyDeviceQueryOptions } from './get-every-device';

const seen = startApiTestServer();
const customerId = 'c1';
const batchId = 'Why? batch';
const pages = [someDevices(100), someDevices(100, 101), someDevices(50, 201)];
const tokensSent = () =>
  seen.requests.map((request) => request.headers.get('MS-ContinuationToken'));
const ids = (devices: readonly { id: string }[] | undefined) => devices?.map((device) => device.id);

function setUp() {
  const { client } = createTestClient();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, queryClient, options: everyDeviceQueryOptions(client, customerId, batchId) };
}

describe('every device of a batch', () => {
  it('follows the continuation to the last page instead of stopping at 100', async () => {
    serveDevicePages(customerId, pages);
    const { queryClient, options } = setUp();

    const loaded = await queryClient.query(options);

    expect(loaded.loadedCount).toBe(250);
    expect(ids(loaded.devices)).toEqual(ids(pages.flat()));
    expect(loaded.next).toBeUndefined();
    expect(tokensSent()).toEqual([null, 'page-2', 'page-3']);
  });

  it('keeps the devices loaded when a page fails, and resumes from that page', async () => {
    let pageTwoFails = true;
    serveDevicePages(customerId, pages, (page) => page === 2 && pageTwoFails);
    const { queryClient, options } = setUp();

    await expect(queryClient.query(options)).rejects.toMatchObject({ status: 500 });
    const state = queryClient.getQueryState(options.queryKey);
    expect(state?.status).toBe('error');
    expect(ids(state?.data?.devices)).toEqual(ids(pages[0]));
    expect(state?.data?.next?.target).toMatchObject({
      headers: [{ key: 'MS-ContinuationToken', value: 'page-2' }],
    });

    pageTwoFails = false;
    seen.requests.length = 0;
    await queryClient.refetchQueries({ queryKey: options.queryKey });

    expect(tokensSent()).toEqual(['page-2', 'page-3']);
    const loaded = queryClient.getQueryData(options.queryKey);
    expect(ids(loaded?.devices)).toEqual(ids(pages.flat()));
    expect(loaded?.loadedCount).toBe(250);
    expect(queryClient.getQueryState(options.queryKey)?.status).toBe('success');
  });

  it('starts over when the very first page failed', async () => {
    let firstPageFails = true;
    serveDevicePages(customerId, pages, (page) => page === 1 && firstPageFails);
    const { queryClient, options } = setUp();

    await expect(queryClient.query(options)).rejects.toMatchObject({ status: 500 });
    expect(queryClient.getQueryData(options.queryKey)).toBeUndefined();

    firstPageFails = false;
    seen.requests.length = 0;
    await queryClient.refetchQueries({ queryKey: options.queryKey });
    expect(tokensSent()).toEqual([null, 'page-2', 'page-3']);
    expect(queryClient.getQueryData(options.queryKey)?.loadedCount).toBe(250);
  });

  it('takes its first page from the prefetched first-page query', async () => {
    serveDevicePages(customerId, pages);
    const { client, queryClient, options } = setUp();
    await queryClient.query(devicesFirstPageQueryOptions(client, customerId, batchId));
    expect(tokensSent()).toEqual([null]);

    const loaded = await queryClient.query(options);

    expect(tokensSent()).toEqual([null, 'page-2', 'page-3']);
    expect(loaded.loadedCount).toBe(250);
  });

  it('shares the one key tree under the batch', () => {
    const { client, options } = setUp();
    const firstPage = devicesFirstPageQueryOptions(client, customerId, batchId);
    const batchKey = ['customers', customerId, 'device-batches', batchId, 'devices'];
    expect(options.queryKey.slice(0, 5)).toEqual(batchKey);
    expect(firstPage.queryKey.slice(0, 5)).toEqual(batchKey);
  });
});
