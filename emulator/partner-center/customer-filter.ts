import { z } from 'zod';
import type { CustomerRecord } from '../seed/seed-records';

/**
 * The customers `filter` (docs/partner-center-api.md §6.2): URL-encoded JSON
 * `{"Field":"CompanyName"|"Domain","Value":"...","Operator":"starts_with"}`, a case-insensitive
 * prefix match. Field and operator names are read case-insensitively, like .NET enum parsing.
 */
export interface CustomerFilter {
  readonly field: 'CompanyName' | 'Domain';
  readonly value: string;
}

const filterJsonSchema = z.object({ Field: z.string(), Value: z.string(), Operator: z.string() });

const fields = { companyname: 'CompanyName', domain: 'Domain' } as const;

export type ParsedFilter =
  | { readonly ok: true; readonly filter: CustomerFilter }
  | { readonly ok: false; readonly problem: string };

export function parseCustomerFilter(json: string): ParsedFilter {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'filter is not valid JSON' };
  }
  const parsed = filterJsonSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problem: 'filter needs string properties Field, Value and Operator' };
  }
  const { Field, Value, Operator } = parsed.data;
  const field = Object.entries(fields).find(([key]) => key === Field.toLowerCase())?.[1];
  if (field === undefined)
    return { ok: false, problem: `filter field "${Field}" is not supported` };
  if (Operator.toLowerCase() !== 'starts_with') {
    return { ok: false, problem: `filter operator "${Operator}" is not supported` };
  }
  return { ok: true, filter: { field, value: Value } };
}

/** Company name, or any of the customer's domains (default and custom), starts with the value. */
export function matchesCustomerFilter(customer: CustomerRecord, filter: CustomerFilter): boolean {
  const prefix = filter.value.toLowerCase();
  const candidates =
    filter.field === 'CompanyName'
      ? [customer.companyName]
      : [customer.defaultDomain, ...customer.customDomains];
  return candidates.some((candidate) => candidate.toLowerCase().startsWith(prefix));
}
