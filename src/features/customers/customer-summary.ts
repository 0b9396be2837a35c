import type { Customer } from '@/lib/partner-center/customer-schema';

/** What the pickers show of a customer, and what recents and favourites keep of one. */
export interface CustomerSummary {
  /** The customer's tenant id (a GUID), which is also its id in every URL. */
  readonly id: string;
  readonly companyName: string;
  readonly domain: string;
  readonly relationshipToPartner?: string | undefined;
}

export function toCustomerSummary(customer: Customer): CustomerSummary {
  return {
    id: customer.id,
    companyName: customer.companyProfile.companyName,
    domain: customer.companyProfile.domain,
    relationshipToPartner: customer.relationshipToPartner,
  };
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Drops later copies of a customer already listed (ids compared case-insensitively). */
export function uniqueCustomers<T extends { id: string }>(customers: readonly T[]): T[] {
  const seen = new Set<string>();
  return customers.filter((customer) => {
    const id = customer.id.toLowerCase();
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * One list from the answers of several searches (company name and domain): each customer once,
 * ordered by company name. A single list keeps the service's own order.
 */
export function mergeCustomerLists(lists: readonly (readonly Customer[])[]): Customer[] {
  const merged = uniqueCustomers(lists.flat());
  if (lists.length < 2) return merged;
  return merged.sort(
    (a, b) =>
      byName.compare(a.companyProfile.companyName, b.companyProfile.companyName) ||
      a.id.localeCompare(b.id),
  );
}
