import type { PollingStage } from '../seed/polling-progress';
import type { BatchRecord } from '../seed/seed-records';
import type { ApiHandler } from './api-request';
import { collection } from './collections';
import { findCustomerForCaller } from './customer-access';
import { deviceBatchResource } from './device-resources';
import { ok } from './replies';

const statusAt = (batch: BatchRecord, stage: PollingStage | undefined): string | undefined =>
  batch.statusProgression === undefined || stage === undefined
    ? batch.status
    : batch.statusProgression[stage];

/**
 * `GET /v1/customers/{id}/deviceBatches` (docs/partner-center-api.md §6.4): not paged, no collection links, like the
 * docs example. Each request for the polling customer counts as one poll.
 */
export const listDeviceBatches: ApiHandler = (request, services) => {
  const lookup = findCustomerForCaller(
    request.params.customerId,
    request.caller,
    services.catalogue,
  );
  if (!lookup.ok) return lookup.reply;
  const { customer } = lookup;
  const stage = customer.batches.some((batch) => batch.statusProgression !== undefined)
    ? services.pollingProgress.recordPoll()
    : undefined;
  return ok(
    collection(
      customer.batches.map((batch) =>
        deviceBatchResource(customer.id, batch, statusAt(batch, stage), services.link),
      ),
    ),
  );
};
