import type { CustomerRecord } from '../seed/seed-records';
import { deviceBatchNotFound, invalidRequestInput } from './api-errors';
import type { ApiHandler, ApiRequest } from './api-request';
import { collection } from './collections';
import { decodeCursor, encodeCursor } from './continuation-tokens';
import { findBatchDevices, type BatchDevices } from './customer-batches';
import { forCustomer } from './customer-access';
import { devicesPath } from './device-resources';
import { headerValue } from './incoming-request';
import { continuationHeader } from './links';
import { collectionLink } from './live-forms';
import { ok, type Reply } from './replies';

/** Devices come 100 to a page (docs/partner-center-api.md §6.5, §10). */
export const devicesPageSize = 100;

/** Where this page starts: 0, or the offset in an `MS-ContinuationToken` issued for this batch. */
function readOffset(
  request: ApiRequest,
  customer: CustomerRecord,
  batch: BatchDevices,
): number | Reply {
  const token = headerValue(request.headers, 'MS-ContinuationToken');
  if (token === undefined) return 0;
  const cursor = decodeCursor(token);
  const fits =
    cursor?.kind === 'devices' &&
    cursor.customerId === customer.id &&
    cursor.batchId === batch.id &&
    cursor.offset <= batch.total;
  return fits ? cursor.offset : invalidRequestInput('the continuation token is not valid');
}

/**
 * `GET /v1/customers/{id}/deviceBatches/{batchId}/devices`. The batch id is matched
 * case-insensitively (docs/partner-center-api.md §10, §14.5: PowerShell treats ids so). The next
 * page is the same path with the token in `MS-ContinuationToken`; `links.next` says so, the batch
 * id raw as in `devicesLink`. Devices added by uploads follow the seeded ones; deregistered ones
 * are left out.
 */
export const listDevices: ApiHandler = forCustomer((request, services, customer) => {
  const batch = findBatchDevices(customer, request.params.batchId ?? '', services);
  if (batch === undefined) return deviceBatchNotFound();
  const offset = readOffset(request, customer, batch);
  if (typeof offset !== 'number') return offset;

  const devices = batch.page(offset, Math.min(devicesPageSize, batch.total - offset));
  const nextOffset = offset + devices.length;
  const token =
    nextOffset < batch.total
      ? encodeCursor({
          kind: 'devices',
          customerId: customer.id,
          batchId: batch.id,
          offset: nextOffset,
        })
      : undefined;
  const forms = customer.wireForms;
  const next =
    token === undefined
      ? undefined
      : services.link.collection(devicesPath(customer.id, batch.id), continuationHeader(token));
  return ok(
    collection(devices, {
      continuationToken: token,
      links: next === undefined ? {} : { next: collectionLink(forms, next) },
    }),
  );
});
