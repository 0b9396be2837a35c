import { http, HttpResponse } from 'msw';
import { apiUrl } from '@/lib/api-client/testing/api-test-server';
import type { DeviceBatch } from '@/lib/partner-center/device-batch-schema';

const deviceBatchesPath = '/v1/customers/:customerId/deviceBatches';

/** `GET …/deviceBatches` answering these batches, in the envelope of the docs example (§6.4). */
export function deviceBatchesHandler(batches: readonly DeviceBatch[]) {
  return http.get(apiUrl(deviceBatchesPath), () =>
    HttpResponse.json({
      totalCount: batches.length,
      items: batches,
      attributes: { objectType: 'Collection' },
    }),
  );
}

/** `GET …/deviceBatches` failing with a Partner Center error body and its ids. */
export function deviceBatchesErrorHandler(status: number, code: number, description: string) {
  return http.get(apiUrl(deviceBatchesPath), () =>
    HttpResponse.json(
      { code, description, data: [], source: 'PartnerFD' },
      {
        status,
        headers: { 'MS-RequestId': 'request-id-1', 'MS-CorrelationId': 'correlation-id-1' },
      },
    ),
  );
}

/**
 * `GET …/deviceBatches` answering `pages` one after another, as a live service might: each page
 * but the last carries a `continuationToken` and a `links.next` with it in `MS-ContinuationToken`
 * (the customer list's form, docs/partner-center-api.md §6.1). Items are sent as given, odd ones too.
 */
export function pagedDeviceBatchesHandler(pages: readonly (readonly unknown[])[]) {
  return http.get(apiUrl(deviceBatchesPath), ({ request }) => {
    const token = request.headers.get('MS-ContinuationToken');
    const index = token === null ? 0 : Number(token.replace('page-', ''));
    const items = pages[index] ?? [];
    const next = index + 1 < pages.length ? `page-${String(index + 1)}` : undefined;
    const path = new URL(request.url).pathname.replace(/^\/api\/partner-center/, '');
    return HttpResponse.json({
      totalCount: items.length,
      items,
      ...(next && {
        continuationToken: next,
        links: {
          next: {
            uri: `${path}?seekOperation=Next`,
            method: 'GET',
            headers: [{ key: 'MS-ContinuationToken', value: next }],
          },
        },
      }),
      attributes: { objectType: 'Collection' },
    });
  });
}
