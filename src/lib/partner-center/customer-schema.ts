import { z } from 'zod/mini';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
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
  country: z.optional(z.string()),
  region: z.optional(z.string()),
  city: z.optional(z.string()),
  state: z.optional(z.string()),
  addressLine1: z.optional(z.string()),
  addressLine2: z.optional(z.string()),
  addressLine3: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  phoneNumber: z.optional(z.string()),
});

/** CustomerCompanyProfile as embedded in list results. */
export const companyProfileSchema = z.object({
  tenantId: z.string(),
  domain: z.string(),
  companyName: z.string(),
  organizationRegistrationNumber: z.optional(z.string()),
  links: z.optional(resourceLinksSchema),
  attributes: z.optional(resourceAttributesSchema),
});

/** A Customer as returned by `GET /v1/customers` (list and search). */
export const customerSchema = z.object({
  id: z.string(),
  companyProfile: companyProfileSchema,
  relationshipToPartner: z.optional(z.string()),
  links: z.optional(resourceLinksSchema),
  attributes: z.optional(resourceAttributesSchema),
});

/**
 * A Customer as returned by `GET /v1/customers/{id}`. The extra fields exist only on this form
 * (they are empty in list results, docs/partner-center-api.md §11) but stay optional: a detail page should not fail
 * because one of them is missing.
 */
export const customerDetailsSchema = z.extend(customerSchema, {
  companyProfile: z.extend(companyProfileSchema, {
    address: z.optional(addressSchema),
    email: z.optional(z.string()),
  }),
  commerceId: z.optional(z.string()),
  allowDelegatedAccess: z.optional(z.boolean()),
  customDomains: z.optional(z.array(z.string())),
  associatedPartnerId: z.optional(z.string()),
  billingProfile: z.optional(
    z.object({
      email: z.optional(z.string()),
      culture: z.optional(z.string()),
      language: z.optional(z.string()),
      companyName: z.optional(z.string()),
      defaultAddress: z.optional(addressSchema),
    }),
  ),
});

/** A page of `GET /v1/customers?size=n` (seek-based: `continuationToken` + `links.next`). */
export const customerCollectionSchema = collectionSchema(customerSchema);

export type Address = z.infer<typeof addressSchema>;
export type CompanyProfile = z.infer<typeof companyProfileSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;
export type CustomerCollection = z.infer<typeof customerCollectionSchema>;
