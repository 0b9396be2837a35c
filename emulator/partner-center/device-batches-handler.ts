import type { ApiHandler } from './api-request';
import { readBatchesOffset } from './batches-paging';
import { collection } from './collections';
import { encodeCursor } from './continuation-tokens';
import { listCustomerBatches } from './customer-batches';
import { forCustomer } from './customer-access';
import { deviceBatchResource } from './device-resources';
import { continuationHeader } from './links';
import { collectionLink, liveFormsBatchesPageSize } from './live-forms';
import { ok } from './replies';

/**
 * `GET /v1/customers/{id}/deviceBatches` (docs/partner-center-api.md §6.4). In documented forms
 * one page without collection links, exactly like the docs example; in live forms pages of five,
 * the next one linked with a continuation token, the last with `links: {}`. Each request for the
 * polling customer counts as one poll. Batches created by uploads follow the seeded ones.
 */
export const listDeviceBatches: ApiHandler = forCustomer((request, services, customer) => {
  const offset = readBatchesOffset(request, customer.id);
  if (typeof offset !== 'number') return offset;

  const stage = customer.batches.some((batch) => batch.statusProgression !== undefined)
    ? services.pollingProgress.recordPoll()
    : undefined;
  const batches = listCustomerBatches(customer, services.registrations, stage);
  const forms = customer.wireForms;
  const pageSize = forms === 'live' ? liveFormsBatchesPageSize : batches.length;
  const items = batches.slice(offset, offset + pageSize).map((batch, index) =>
    deviceBatchResource(customer.id, batch, batch.status, services.link, {
      forms,
      position: offset + index,
    }),
  );
  if (forms === 'documented') return ok(collection(items));

  const nextOffset = offset + items.length;
  const token =
    nextOffset < batches.length
      ? encodeCursor({ kind: 'batches', customerId: customer.id, offset: nextOffset })
      : undefined;
  const next =
    token === undefined
      ? undefined
      : services.link.collection(
          `/customers/${customer.id}/deviceBatches?seekOperation=Next`,
          continuationHeader(token),
        );
  return ok(
    collection(items, {
      continuationToken: token,
      links: next === undefined ? {} : { next: collectionLink(forms, next) },
    }),
  );
});
