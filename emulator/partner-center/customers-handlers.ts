import type { ApiHandler } from './api-request';
import { collection } from './collections';
import { encodeCursor } from './continuation-tokens';
import { canSeeCustomer, forCustomer } from './customer-access';
import { matchesCustomerFilter } from './customer-filter';
import { customerDetail, customerListItem } from './customer-resources';
import { readCustomersPageRequest } from './customers-paging';
import { continuationHeader } from './links';
import { ok } from './replies';

/** `GET /v1/customers`: a seek-based collection (docs/partner-center-api.md §6.1, §6.2). */
export const listCustomers: ApiHandler = (request, { catalogue, link }) => {
  const page = readCustomersPageRequest(request);
  if (!page.ok) return page.reply;
  const { cursor } = page;
  const { filter } = cursor;
  const matching = catalogue.customers.filter(
    (customer) =>
      canSeeCustomer(request.caller, customer) &&
      (filter === undefined || matchesCustomerFilter(customer, filter)),
  );
  const customers = matching.slice(cursor.offset, cursor.offset + cursor.size);
  const nextOffset = cursor.offset + customers.length;
  const token =
    nextOffset < matching.length ? encodeCursor({ ...cursor, offset: nextOffset }) : undefined;
  return ok(
    collection(
      customers.map((customer) => customerListItem(customer, link)),
      {
        continuationToken: token,
        links: {
          self: link.collection(page.selfPath),
          ...(token !== undefined && {
            next: link.collection(
              `/customers?size=${String(cursor.size)}&seekOperation=Next`,
              continuationHeader(token),
            ),
          }),
        },
      },
    ),
  );
};

/** `GET /v1/customers/{id}`: the get-by-id shape (docs/partner-center-api.md §6.3). */
export const getCustomer: ApiHandler = forCustomer((_request, { link }, customer) =>
  ok(customerDetail(customer, link)),
);
