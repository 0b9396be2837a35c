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
