import type { LinkFactory } from '../links';
import { accepted, type Reply } from '../replies';

/**
 * The answer to a call Partner Center runs as a batch job (an upload, a profile assignment,
 * docs/partner-center-api.md §15, §16): 202, an empty body and
 * `Location: /customers/{id}/batchJobStatus/{trackingId}`, without `/v1` like the docs' example
 * (with `EMULATOR_LINK_STYLE=v1`, with it, like every other link).
 */
export const acceptedBatchJob = (
  link: LinkFactory,
  customerId: string,
  trackingId: string,
): Reply => accepted(link.item(`/customers/${customerId}/batchJobStatus/${trackingId}`).uri);
