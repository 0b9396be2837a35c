import { invalidRequestInput } from './api-errors';
import { decodeCursor, type CustomersCursor } from './continuation-tokens';
import { parseCustomerFilter } from './customer-filter';
import { headerValue, type IncomingRequest } from './incoming-request';
import type { Reply } from './replies';

/**
 * Observed default and largest page of customers (docs/partner-center-api.md §6.1, §10); larger
 * sizes are capped.
 */
export const customersPageSize = 500;

export type CustomersPageRequest =
  | { readonly ok: true; readonly cursor: CustomersCursor; readonly selfPath: string }
  | { readonly ok: false; readonly reply: Reply };

const invalid = (problem: string): CustomersPageRequest => ({
  ok: false,
  reply: invalidRequestInput(problem),
});

/**
 * Which page of customers a request asks for. The first page comes from `size` and `filter`;
 * later pages from `seekOperation=Next` plus the `MS-ContinuationToken` header, together
 * (the SDK always sends both, docs/partner-center-api.md §6.1), the token carrying size and filter.
 */
export function readCustomersPageRequest(request: IncomingRequest): CustomersPageRequest {
  const seekOperation = request.query.get('seekOperation');
  const token = headerValue(request.headers, 'MS-ContinuationToken');
  if (seekOperation !== null) {
    if (seekOperation.toLowerCase() !== 'next') {
      return invalid(`seekOperation "${seekOperation}" is not supported; use Next`);
    }
    if (token === undefined || token === '') {
      return invalid('seekOperation=Next needs the MS-ContinuationToken header');
    }
    const cursor = decodeCursor(token);
    if (cursor?.kind !== 'customers') return invalid('the continuation token is not valid');
    return {
      ok: true,
      cursor,
      selfPath: `/customers?size=${String(cursor.size)}&seekOperation=Next`,
    };
  }
  if (token !== undefined) return invalid('MS-ContinuationToken needs seekOperation=Next');

  const rawSize = request.query.get('size');
  if (rawSize !== null && !/^\d+$/.test(rawSize)) {
    return invalid(`size "${rawSize}" is not a whole number`);
  }
  const requestedSize = rawSize === null ? 0 : Number(rawSize);
  const size = requestedSize === 0 ? customersPageSize : Math.min(requestedSize, customersPageSize);

  const rawFilter = request.query.get('filter');
  const selfPath = `/customers?size=${String(size)}`;
  if (rawFilter === null)
    return { ok: true, cursor: { kind: 'customers', offset: 0, size }, selfPath };
  const parsed = parseCustomerFilter(rawFilter);
  if (!parsed.ok) return invalid(parsed.problem);
  return {
    ok: true,
    cursor: { kind: 'customers', offset: 0, size, filter: parsed.filter },
    selfPath: `${selfPath}&filter=${encodeURIComponent(rawFilter)}`,
  };
}
