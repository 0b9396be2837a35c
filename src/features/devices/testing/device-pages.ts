import { http, HttpResponse } from 'msw';
import { apiUrl, server } from '@/lib/api-client/testing/api-test-server';
import type { Device } from '@/lib/partner-center/device-schema';
import { aDevice } from './device-rows';

/** `count` devices with ids `d1`…, as the emulator would number them. */
export const someDevices = (count: number, from = 1): Device[] =>
  Array.from({ length: count }, (_, index) => aDevice(`d${String(from + index)}`));

/**
 * Serves a batch's devices from `pages`, 100 to a page like Partner Center: the first page without
 * a continuation token, page n+1 for the token `page-n+1`. `failing` decides, per request, whether
 * that page answers 500 instead (e.g. `(page) => page === 2`).
 */
export function serveDevicePages(
  customerId: string,
  pages: Device[][],
  failing: (page: number) => boolean = () => false,
) {
  server.use(
    http.get(
      apiUrl(`/v1/customers/${customerId}/deviceBatches/:batchId/devices`),
      ({ request }) => {
        const token = request.headers.get('MS-ContinuationToken');
        const page = token === null ? 1 : Number(token.replace('page-', ''));
        const items = pages[page - 1];
        if (items === undefined) {
          return HttpResponse.json(
            { code: 1000, description: 'Device batch not found' },
            { status: 404 },
          );
        }
        if (failing(page)) {
          return HttpResponse.json(
            { code: 800003, description: 'Unexpected service error' },
            { status: 500 },
          );
        }
        const next = page < pages.length ? `page-${String(page + 1)}` : undefined;
        return HttpResponse.json({
          totalCount: items.length,
          items,
          ...(next && {
            continuationToken: next,
            links: {
              next: {
                uri: new URL(request.url).pathname.replace(/^\/api\/partner-center/, ''),
                method: 'GET',
                headers: [{ key: 'MS-ContinuationToken', value: next }],
              },
            },
          }),
          attributes: { objectType: 'Collection' },
        });
      },
    ),
  );
}
