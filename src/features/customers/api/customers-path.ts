import { buildApiPath } from '@/lib/api-client/resolve-api-link';

/** The fields Partner Center's customer search can match (docs/partner-center-api.md §6.2), one per request. */
export const customerSearchFields = ['CompanyName', 'Domain'] as const;
export type CustomerSearchField = (typeof customerSearchFields)[number];

export interface CustomersPathOptions {
  readonly size: number;
  /** Customers whose field starts with `value`, case-insensitively. */
  readonly filter?: { readonly field: CustomerSearchField; readonly value: string };
}

/**
 * `/v1/customers?size=n`, with the search filter as Partner Center expects it: PascalCase JSON
 * `{"Field":..,"Value":..,"Operator":"starts_with"}`, URL-encoded as a whole.
 */
export function customersPath({ size, filter }: CustomersPathOptions): string {
  const path = `${buildApiPath('customers')}?size=${size}`;
  if (!filter) return path;
  const json = JSON.stringify({
    Field: filter.field,
    Value: filter.value,
    Operator: 'starts_with',
  });
  return `${path}&filter=${encodeURIComponent(json)}`;
}
