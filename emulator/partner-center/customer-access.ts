import type { SeedCatalogue } from '../seed/seed-catalogue';
import type { CustomerRecord } from '../seed/seed-records';
import { invalidCustomerId, noRelationshipWithCustomer, tenantNotFound } from './api-errors';
import type { ApiHandler, ApiRequest, ApiServices, Caller } from './api-request';
import type { Reply } from './replies';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Admin agents see every customer; sales agents only those assigned to the sales team. */
export const canSeeCustomer = (caller: Caller, customer: CustomerRecord): boolean =>
  caller.role === 'admin-agent' || customer.visibleToSalesAgent;

export type CustomerLookup =
  | { readonly ok: true; readonly customer: CustomerRecord }
  | { readonly ok: false; readonly reply: Reply };

/**
 * The customer in the path, or the error the API gives: 400 not a GUID, 404 unknown, 403 not
 * yours.
 */
function findCustomerForCaller(
  customerId: string | undefined,
  caller: Caller,
  catalogue: SeedCatalogue,
): CustomerLookup {
  if (customerId === undefined || !guidPattern.test(customerId)) {
    return { ok: false, reply: invalidCustomerId() };
  }
  const customer = catalogue.findCustomer(customerId);
  if (customer === undefined) return { ok: false, reply: tenantNotFound() };
  if (!canSeeCustomer(caller, customer)) {
    return { ok: false, reply: noRelationshipWithCustomer(caller.tid, customer.id) };
  }
  return { ok: true, customer };
}

/** A handler of a path under `/v1/customers/{customerId}`, given the customer the caller may see. */
export type CustomerApiHandler = (
  request: ApiRequest,
  services: ApiServices,
  customer: CustomerRecord,
) => Reply;

/**
 * The API handler for a path under one customer: it answers the lookup's error (400, 404, 403) as
 * the API does, and otherwise hands the customer to `handler`.
 */
export function forCustomer(handler: CustomerApiHandler): ApiHandler {
  return (request, services) => {
    const lookup = findCustomerForCaller(
      request.params.customerId,
      request.caller,
      services.catalogue,
    );
    return lookup.ok ? handler(request, services, lookup.customer) : lookup.reply;
  };
}
