import { invalidRequestInput } from './api-errors';
import { decodeCursor } from './continuation-tokens';
import { headerValue, type IncomingRequest } from './incoming-request';
import type { Reply } from './replies';

/**
 * Where a page of a customer's batch list starts. No paging is documented for the batch list
 * (docs/partner-center-api.md §6.4); the live-forms customer's list pages anyway, the way the
 * customer list does (§6.1): the next page needs `seekOperation=Next` and the
 * `MS-ContinuationToken` header together, so a client that drops half of `links.next` fails
 * loudly instead of looping on the first page.
 */
export function readBatchesOffset(request: IncomingRequest, customerId: string): number | Reply {
  const seekOperation = request.query.get('seekOperation');
  const token = headerValue(request.headers, 'MS-ContinuationToken');
  if (seekOperation === null && token === undefined) return 0;
  if (seekOperation === null)
    return invalidRequestInput('MS-ContinuationToken needs seekOperation=Next');
  if (seekOperation.toLowerCase() !== 'next') {
    return invalidRequestInput(`seekOperation "${seekOperation}" is not supported; use Next`);
  }
  if (token === undefined || token === '') {
    return invalidRequestInput('seekOperation=Next needs the MS-ContinuationToken header');
  }
  const cursor = decodeCursor(token);
  return cursor?.kind === 'batches' && cursor.customerId === customerId
    ? cursor.offset
    : invalidRequestInput('the continuation token is not valid');
}
