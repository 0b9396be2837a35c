import { z } from 'zod/mini';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { lenientList, lenientOptional } from '@/lib/partner-center/lenient-optional';
import { resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/** Values documented for `relationshipToPartner` (docs/partner-center-api.md §7); `unknown` comes from the SDK enum. */
export const knownRelationshipsToPartner = [
  'none',
  'reseller',
  'advisor',
  'syndication',
  'microsoft_support',
  'unknown',
] as const;

export type KnownRelationshipToPartner = (typeof knownRelationshipsToPartner)[number];

/** Narrows a relationship to a documented value; a new value the service adds still parses. */
export function isKnownRelationshipToPartner(value: string): value is KnownRelationshipToPartner {
  return knownRelationshipsToPartner.some((known) => known === value);
}

export const addressSchema = z.object({
  country: lenientOptional(z.string()),
  region: lenientOptional(z.string()),
  city: lenientOptional(z.string()),
  state: lenientOptional(z.string()),
  addressLine1: lenientOptional(z.string()),
  addressLine2: lenientOptional(z.string()),
  addressLine3: lenientOptional(z.string()),
  postalCode: lenientOptional(z.string()),
  firstName: lenientOptional(z.string()),
  lastName: lenientOptional(z.string()),
  phoneNumber: lenientOptional(z.string()),
});

/** CustomerCompanyProfile as embedded in list results. */
export const companyProfileSchema = z.object({
  tenantId: z.string(),
  domain: z.string(),
  companyName: z.string(),
  organizationRegistrationNumber: lenientOptional(z.string()),
  links: lenientOptional(resourceLinksSchema),
  attributes: lenientOptional(resourceAttributesSchema),
});

/** The billing profile embedded in a customer fetched by id. */
export const billingProfileSchema = z.object({
  email: lenientOptional(z.string()),
  culture: lenientOptional(z.string()),
  language: lenientOptional(z.string()),
  companyName: lenientOptional(z.string()),
  defaultAddress: lenientOptional(addressSchema),
});

/** A Customer as returned by `GET /v1/customers` (list and search). */
export const customerSchema = z.object({
  id: z.string(),
  companyProfile: companyProfileSchema,
  relationshipToPartner: lenientOptional(z.string()),
  links: lenientOptional(resourceLinksSchema),
  attributes: lenientOptional(resourceAttributesSchema),
});

/**
 * A Customer as returned by `GET /v1/customers/{id}`. The extra fields exist only on this form
 * (they are empty in list results, docs/partner-center-api.md §6.3) but stay optional: a detail page should not fail
 * because one of them is missing, null or unreadable.
 */
export const customerDetailsSchema = z.extend(customerSchema, {
  companyProfile: z.extend(companyProfileSchema, {
    address: lenientOptional(addressSchema),
    email: lenientOptional(z.string()),
  }),
  commerceId: lenientOptional(z.string()),
  allowDelegatedAccess: lenientOptional(z.boolean()),
  customDomains: lenientList(z.string()),
  associatedPartnerId: lenientOptional(z.string()),
  billingProfile: lenientOptional(billingProfileSchema),
});

/** A page of `GET /v1/customers?size=n` (seek-based: `continuationToken` + `links.next`). */
export const customerCollectionSchema = collectionSchema(customerSchema);

export type Address = z.infer<typeof addressSchema>;
export type CompanyProfile = z.infer<typeof companyProfileSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;
export type CustomerCollection = z.infer<typeof customerCollectionSchema>;
